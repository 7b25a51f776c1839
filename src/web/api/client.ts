import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './api-error';
import type { ApiPaths, Args, Method, PathFor, Result } from './contract';

export { ApiError, isApiError } from './api-error';
export { view } from './contract';

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

/** Arrays repeat the parameter (status=new&status=open); empty, null and undefined values are left out. */
function toQueryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (Array.isArray(v)) for (const item of v as readonly unknown[]) params.append(k, String(item));
    else if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  return params.toString();
}

const session: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept', 'application/json');
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** openapi-fetch over the generated contract types: /api/v1, same origin, cookie session + CSRF header. */
const typed = createClient<ApiPaths>({ baseUrl: '/api/v1', credentials: 'same-origin', querySerializer: toQueryString });
typed.use(session);

// The typed surface is `api` below; inside, one untyped call path.
type Loose = (path: string, init?: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const loose = typed as unknown as Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', Loose>;

function toApiError(status: number, statusText: string, body: unknown): ApiError {
  const e = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (e && typeof e.code === 'string') return new ApiError(status, e.code, typeof e.message === 'string' ? e.message : e.code, e.details ?? null);
  return new ApiError(status, status >= 500 ? 'INTERNAL' : `HTTP_${status}`, statusText || `HTTP ${status}`);
}

async function call(method: Uppercase<Method>, path: string, init?: Record<string, unknown>): Promise<unknown> {
  let res: Awaited<ReturnType<Loose>>;
  try {
    res = await loose[method](path, init);
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', (err as Error).message);
  }
  if (!res.response.ok) {
    const err = toApiError(res.response.status, res.response.statusText, res.error);
    if (err.status === 401 && err.code === 'UNAUTHENTICATED') onUnauthenticated?.();
    throw err;
  }
  return res.data;
}

type Caller<M extends Method> = <P extends PathFor<M>, T = never>(path: P, ...args: Args<P, M, T>) => Promise<Result<P, M, T>>;

function caller<M extends Method>(method: Uppercase<M>): Caller<M> {
  return ((path: string, init?: Record<string, unknown>) => call(method, path, init)) as unknown as Caller<M>;
}

/**
 * The public API (/api/v1), typed by the OpenAPI contract: paths as the contract writes them
 * ('/agent/tickets/{id}'), parameters in `init` ({ params: { path, query }, body, signal }).
 * Resolves the 2xx body; throws ApiError otherwise.
 */
export const api = {
  get: caller<'get'>('GET'),
  post: caller<'post'>('POST'),
  put: caller<'put'>('PUT'),
  patch: caller<'patch'>('PATCH'),
  del: caller<'delete'>('DELETE'),
};

/** Query parameters of an untyped call; an array repeats the parameter. */
type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;

function untypedCall<T>(method: Uppercase<Method>, path: string, init: Record<string, unknown>): Promise<T> {
  return call(method, path, init) as Promise<T>;
}

/**
 * Calls whose path is built at run time (one component serving the console and the support
 * center: `${base}/attachments`). Not checked against the contract: each is to become a literal
 * path of `api` (grep `untypedApi`).
 */
export const untypedApi = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => untypedCall<T>('GET', path, { params: { query }, signal }),
  post: <T>(path: string, body: unknown = {}) => untypedCall<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => untypedCall<T>('PATCH', path, { body }),
  del: <T>(path: string) => untypedCall<T>('DELETE', path, {}),
  /** multipart/form-data (attachments): openapi-fetch sends FormData as it is. */
  upload: <T>(path: string, form: FormData) => untypedCall<T>('POST', path, { body: form }),
};
