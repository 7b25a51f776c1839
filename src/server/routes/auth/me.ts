import { Type } from '@sinclair/typebox';
import { changePassword } from '../../../usecases/auth/change-password.js';
import { updateMe } from '../../../usecases/auth/update-me.js';
import { createApiToken } from '../../../usecases/tokens/create-api-token.js';
import { listApiTokens } from '../../../usecases/tokens/list-api-tokens.js';
import { revokeApiToken } from '../../../usecases/tokens/revoke-api-token.js';
import { SESSION_COOKIE } from '../../plugins/auth.js';
import { actorOf } from '../../plugins/actor.js';
import { IdParams, IsoInstant, Locale, Obj } from '../../schemas.js';
import { getApiTokenSettings, updateApiTokenSettings } from '../../../usecases/tokens/api-token-settings.js';
import type { App } from '../../types.js';
import { AdminApiTokenSettingsGet, AdminApiTokenSettingsPatch, MePasswordPost, MePatch, MeTokensGet, MeTokensIdRevokePost, MeTokensPost } from '../../contract/auth.js';

/** The caller's own password and personal API tokens (staff and contacts alike). */
export async function meRoutes(app: App): Promise<void> {
  const access = { access: 'authenticated' as const };
  app.post(
    '/api/v1/me/password',
    {
      config: { ...access, beforePasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: 'Change my password (ends my sessions)',
        body: Obj({ currentPassword: Type.String({ minLength: 1, maxLength: 256 }), newPassword: Type.String({ minLength: 1, maxLength: 256 }) }), response: { 200: MePasswordPost },
      },
    },
    async (req, reply) => {
      await changePassword(app.deps, { actor: actorOf(req), ...req.body });
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );
  app.patch(
    '/api/v1/me',
    {
      config: access,
      schema: {
        tags: ['auth'],
        summary: 'My name, language and time zone',
        body: Obj({ name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), locale: Type.Optional(Locale), timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) }), response: { 200: MePatch },
      },
    },
    async (req) => ({ actor: await updateMe(app.deps, { actor: actorOf(req), ...req.body }) }),
  );
  app.get('/api/v1/me/tokens', { config: access, schema: { tags: ['auth'], summary: 'My API tokens, with their expiry and last use, and how long a new one may live', response: { 200: MeTokensGet } } }, async (req) =>
    listApiTokens(app.deps, { actor: actorOf(req) }),
  );
  const days = Type.Integer({ minimum: 1, maximum: 3650 });
  app.get('/api/v1/admin/api-token-settings', { config: { access: ['admin'] }, schema: { tags: ['auth'], summary: 'Lifetime of new API tokens (default and maximum, days)', response: { 200: AdminApiTokenSettingsGet } } }, async (req) =>
    getApiTokenSettings(app.deps, { actor: actorOf(req) }),
  );
  app.patch(
    '/api/v1/admin/api-token-settings',
    { config: { access: ['admin'] }, schema: { tags: ['auth'], summary: 'Set the lifetime of new API tokens', body: Obj({ defaultDays: Type.Optional(days), maxDays: Type.Optional(days) }), response: { 200: AdminApiTokenSettingsPatch } } },
    async (req) => updateApiTokenSettings(app.deps, { actor: actorOf(req), patch: req.body }),
  );
  app.post(
    '/api/v1/me/tokens',
    {
      config: access,
      schema: {
        tags: ['auth'],
        summary: 'Create a personal API token (shown once)',
        body: Obj({ name: Type.String({ minLength: 1, maxLength: 100 }), expiresAt: Type.Optional(Type.Union([IsoInstant, Type.Null()])) }), response: { 201: MeTokensPost },
      },
    },
    async (req, reply) => reply.status(201).send(await createApiToken(app.deps, { actor: actorOf(req), ...req.body })),
  );
  app.post(
    '/api/v1/me/tokens/:id/revoke',
    { config: access, schema: { tags: ['auth'], summary: 'Revoke one of my API tokens', params: IdParams, response: { 200: MeTokensIdRevokePost } } },
    async (req) => {
      await revokeApiToken(app.deps, { actor: actorOf(req), id: req.params.id });
      return { ok: true };
    },
  );
}
