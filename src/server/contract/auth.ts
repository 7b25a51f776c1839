import { Type } from '@sinclair/typebox';
import { Obj } from '../schemas.js';
import { Nullable } from './helpers.js';
import { ref } from './ref.js';
import * as V from './views.js';

// Response schemas of src/server/routes/auth (issue 15 item 7).

/** POST /api/v1/me/password */
export const MePasswordPost = Obj({ ok: Type.Boolean() });

/** PATCH /api/v1/me */
export const MePatch = Obj({ actor: Type.Union([Obj({ kind: Type.Literal('user'), id: Type.String(), role: Type.Union([Type.Literal('admin'), Type.Literal('manager'), Type.Literal('agent')]), name: Type.String(), email: Type.String(), locale: Type.String(), timeZone: Type.String(), mustChangePassword: Type.Optional(Type.Boolean()) }), Obj({ kind: Type.Literal('contact'), id: Type.String(), customerId: Type.String(), isAuthorized: Type.Boolean(), isAdministrator: Type.Boolean(), name: Type.String(), email: Type.String(), locale: Type.String(), timeZone: Type.String() }), Obj({ kind: Type.Literal('system'), id: Type.Null() })]) });

/** GET /api/v1/me/tokens */
export const MeTokensGet = Obj({ items: Type.Array(ref(V.ApiTokenView)), defaultDays: Type.Number(), maxDays: Type.Number() });

/** GET /api/v1/admin/api-token-settings */
export const AdminApiTokenSettingsGet = ref(V.ApiTokenSettingsView);

/** PATCH /api/v1/admin/api-token-settings */
export const AdminApiTokenSettingsPatch = ref(V.ApiTokenSettingsView);

/** POST /api/v1/me/tokens */
export const MeTokensPost = ref(V.CreatedApiToken);

/** POST /api/v1/me/tokens/:id/revoke */
export const MeTokensIdRevokePost = Obj({ ok: Type.Boolean() });

/** POST /api/v1/auth/login */
export const AuthLoginPost = Obj({ actor: Type.Union([Obj({ kind: Type.Literal('user'), id: Type.String(), role: Type.Union([Type.Literal('admin'), Type.Literal('manager'), Type.Literal('agent')]), name: Type.String(), email: Type.String(), locale: Type.String(), timeZone: Type.String(), mustChangePassword: Type.Optional(Type.Boolean()) }), Obj({ kind: Type.Literal('contact'), id: Type.String(), customerId: Type.String(), isAuthorized: Type.Boolean(), isAdministrator: Type.Boolean(), name: Type.String(), email: Type.String(), locale: Type.String(), timeZone: Type.String() }), Obj({ kind: Type.Literal('system'), id: Type.Null() })]), csrfToken: Type.String(), expiresAt: Type.String() });

/** POST /api/v1/auth/confirm-email */
export const AuthConfirmEmailPost = Obj({ confirmed: Type.Literal(true) });

/** POST /api/v1/auth/logout */
export const AuthLogoutPost = Obj({ ok: Type.Boolean() });

/** GET /api/v1/auth/me */
export const AuthMeGet = Obj({ actor: Type.Union([Obj({ kind: Type.Literal('user'), id: Type.String(), role: Type.Union([Type.Literal('admin'), Type.Literal('manager'), Type.Literal('agent')]), name: Type.String(), email: Type.String(), locale: Type.String(), timeZone: Type.String(), mustChangePassword: Type.Optional(Type.Boolean()) }), Obj({ kind: Type.Literal('contact'), id: Type.String(), customerId: Type.String(), isAuthorized: Type.Boolean(), isAdministrator: Type.Boolean(), name: Type.String(), email: Type.String(), locale: Type.String(), timeZone: Type.String() }), Obj({ kind: Type.Literal('system'), id: Type.Null() })]), via: Nullable(Type.Union([Type.Literal('session'), Type.Literal('token')])), csrfToken: Nullable(Type.String()) });
