import type { FastifyReply, FastifyRequest } from 'fastify';
import { allows } from '../../core/access.js';
import { safeEqual } from '../../usecases/auth/crypto.js';
import { resolveApiToken, resolveSession } from '../../usecases/auth/resolve-credentials.js';
import type { Access, App } from '../types.js';
import { errorBody } from './errors.js';

export const SESSION_COOKIE = 'cd_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authenticates every request (bearer API token or session cookie), then
 * enforces the route's declared access before validation runs, so an
 * anonymous caller gets 401 and a wrong role 403 whatever it sent. Cookie
 * writes need the session's CSRF token in the x-csrf-token header.
 */
export function registerAuth(app: App, opts: { roles: boolean } = { roles: true }): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('authVia', null);
  app.decorateRequest('sessionCsrf', null);
  app.addHook('onRequest', async (req, reply) => {
    await authenticate(app, req);
    return enforceAccess(req, reply, opts.roles);
  });
}

async function authenticate(app: App, req: FastifyRequest): Promise<void> {
  const deps = app.deps;
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const r = await resolveApiToken(deps, auth.slice(7).trim());
    if (r) {
      req.actor = r.actor;
      req.authVia = 'token';
    }
    return;
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return;
  const r = await resolveSession(deps, cookie);
  if (r) {
    req.actor = r.actor;
    req.authVia = 'session';
    req.sessionCsrf = r.csrfToken;
  }
}

function enforceAccess(req: FastifyRequest, reply: FastifyReply, roles: boolean): FastifyReply | undefined {
  const access: Access = req.routeOptions.config?.access ?? 'public';
  if (access === 'public') return undefined;
  const actor = req.actor;
  if (!actor) return reply.status(401).send(errorBody('UNAUTHENTICATED', 'Sign in first.'));
  if (roles && access !== 'authenticated') {
    if (!allows(actor, access)) {
      return reply.status(403).send(errorBody('FORBIDDEN', 'Your role may not do this.'));
    }
  }
  // An account created with a one-time password must change it before anything else, whatever
  // client it uses: the web app's redirect alone left the whole API open (issue 13 item 8).
  if (actor.kind === 'user' && actor.mustChangePassword && !req.routeOptions.config?.beforePasswordChange) {
    return reply.status(403).send(errorBody('PASSWORD_CHANGE_REQUIRED', 'Change your one-time password first (POST /api/v1/me/password).'));
  }
  if (req.authVia === 'session' && !SAFE_METHODS.has(req.method)) {
    const sent = req.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !req.sessionCsrf || !safeEqual(sent, req.sessionCsrf)) {
      return reply.status(403).send(errorBody('CSRF_FAILED', 'Reload the page and try again (CSRF check failed).'));
    }
  }
  return undefined;
}
