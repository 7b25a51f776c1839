// Personal API tokens as the API returns them (GET/POST /me/tokens): written once, returned by
// src/usecases/tokens and read by the web. Type-only.

/** The public face of a token: never its hash. */
export interface ApiTokenView {
  id: string;
  name: string;
  /** `cdt_` and the token's public prefix, to recognise it. */
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A token just created: the only time its secret is shown. */
export interface CreatedApiToken extends ApiTokenView {
  token: string;
}

/** How long new tokens live, set by an administrator (GET/PATCH /admin/api-token-settings). */
export interface ApiTokenSettingsView {
  /** A token created without an expiry lives this many days. */
  defaultDays: number;
  /** No token may be created to live longer. */
  maxDays: number;
  updatedAt: string;
}
