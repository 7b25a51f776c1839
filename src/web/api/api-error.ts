/** One field problem from a VALIDATION_FAILED (or similar) error's details. */
export interface FieldProblem {
  path: string;
  problem: string;
}

/**
 * An error answered by the API as { error: { code, message, details } }, or a
 * network failure (code NETWORK, status 0). The message is the server's own,
 * shown when the UI has no translation for the code.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details: unknown = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.name = 'ApiError';
  }

  /** Seconds to wait before retrying (RATE_LIMITED), when the server said. */
  get retryAfterSeconds(): number | null {
    const d = this.details as { retryAfterSeconds?: unknown } | null;
    return d && typeof d.retryAfterSeconds === 'number' ? d.retryAfterSeconds : null;
  }

  /** Field problems keyed by the last segment of their path ('body.email' → 'email'). */
  get fieldProblems(): Record<string, string> {
    const out: Record<string, string> = {};
    const list = Array.isArray(this.details) ? (this.details as unknown[]) : [];
    for (const item of list) {
      const p = item as Partial<FieldProblem>;
      if (typeof p.path !== 'string' || typeof p.problem !== 'string') continue;
      const field = p.path.replace(/^(body|query|params|querystring)\./, '');
      out[field] = p.problem;
    }
    // Single-field errors: { field } (CONFLICT on users) or { path } (EFFECTIVE_DATE_TOO_EARLY).
    const single = this.details as { field?: unknown; path?: unknown } | null;
    const name = single && !Array.isArray(single) ? (single.field ?? single.path) : null;
    if (typeof name === 'string') out[name.replace(/^(body|query|params|querystring)\./, '')] = this.message;
    return out;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
