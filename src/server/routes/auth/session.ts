import { Type } from '@sinclair/typebox';
import { signIn } from '../../../usecases/auth/sign-in.js';
import { signOut } from '../../../usecases/auth/sign-out.js';
import { confirmContactEmail } from '../../../usecases/contacts/confirm-contact-email.js';
import { actorOf } from '../../plugins/actor.js';
import { SESSION_COOKIE } from '../../plugins/auth.js';
import { Email, Obj } from '../../schemas.js';
import type { App } from '../../types.js';
import { AuthConfirmEmailPost, AuthLoginPost, AuthLogoutPost, AuthMeGet } from '../../contract/auth.js';

const ConfirmBody = Obj({ token: Type.String({ minLength: 16, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' }) });
const LoginBody = Obj({ email: Email, password: Type.String({ minLength: 1, maxLength: 256 }) });

/** Sign in, sign out, and who am I. The session travels in an HttpOnly SameSite cookie. */
export async function sessionRoutes(app: App): Promise<void> {
  const { config } = app.deps;
  app.post(
    '/api/v1/auth/login',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'Sign in with email and password', body: LoginBody, response: { 200: AuthLoginPost } } },
    async (req, reply) => {
      const r = await signIn(
        { ...app.deps, limits: config.login, sessionTtlHours: config.sessionTtlHours },
        { email: req.body.email, password: req.body.password, address: req.ip },
      );
      void reply.setCookie(SESSION_COOKIE, r.sessionToken, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure,
        path: '/',
        expires: r.expiresAt,
      });
      return { actor: r.actor, csrfToken: r.csrfToken, expiresAt: r.expiresAt.toISOString() };
    },
  );
  // Issue 13 item 6: the owner of a contact address confirms it from the link mailed to it (the token is the proof).
  app.post(
    '/api/v1/auth/confirm-email',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'Confirm a contact email address with the link mailed to it', body: ConfirmBody, response: { 200: AuthConfirmEmailPost } } },
    async (req) => confirmContactEmail(app.deps, { token: req.body.token }),
  );
  app.post('/api/v1/auth/logout', { config: { access: 'authenticated', beforePasswordChange: true }, schema: { tags: ['auth'], summary: 'Sign out', response: { 200: AuthLogoutPost } } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await signOut(app.deps, token);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });
  app.get('/api/v1/auth/me', { config: { access: 'authenticated', beforePasswordChange: true }, schema: { tags: ['auth'], summary: 'The signed-in user or contact', response: { 200: AuthMeGet } } }, async (req) => ({
    actor: actorOf(req),
    via: req.authVia,
    csrfToken: req.sessionCsrf,
  }));
}
