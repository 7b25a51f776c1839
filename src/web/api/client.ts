import { ApiError } from './api-error';

export { ApiError, isApiError } from './api-error';

/** Query parameters; an array repeats the parameter. */
type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** The session's CSRF token (from login or /auth/me), echoed on every cookie write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request answers 401: the session ended (expired, password changed elsewhere). */
export function setUnauthenticatedHandler(fn: (() => void) | null): void {
  onUnauthenticated = fn;
}

function toQueryString(query?: Query): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    // Arrays repeat the parameter (status=new&status=open).
    if (Array.isArray(v)) for (const item of v as readonly string[]) params.append(k, item);
    else if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy error page): fall through to a generic error.
  }
  const e = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (e && typeof e.code === 'string') {
    return new ApiError(res.status, e.code, typeof e.message === 'string' ? e.message : e.code, e.details ?? null);
  }
  return new ApiError(res.status, res.status >= 500 ? 'INTERNAL' : `HTTP_${res.status}`, res.statusText || `HTTP ${res.status}`);
}

async function request<T>(method: string, path: string, opts: { body?: unknown; form?: FormData; query?: Query; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A FormData body sets its own multipart content type (with the boundary).
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}${toQueryString(opts.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.form ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
      signal: opts.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', (err as Error).message);
  }
  if (!res.ok) {
    const err = await toApiError(res);
    if (err.status === 401 && err.code === 'UNAUTHENTICATED') onUnauthenticated?.();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** The public API (/api/v1), same origin, cookie session + CSRF header. */
export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  del: <T>(path: string) => request<T>('DELETE', path),
  /** multipart/form-data (attachments). */
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
};
