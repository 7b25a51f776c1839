import '@fastify/multipart';
import '@fastify/cookie';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Policy, Role } from '../core/access.js';
import type { Actor } from '../core/actor.js';
import type { Clock } from '../core/clock.js';
import type { Config } from '../config/config.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { Db, Storage } from '../storage/db.js';

/**
 * Who may call a route. Every route declares one (route-inventory test). A
 * role list is the operation's own policy (core/access.ts), which its use case
 * checks; declared on the route too, it answers a wrong role before validation.
 */
export type AccessRole = Role;
export type Access = 'public' | 'authenticated' | Policy;

/** What the HTTP layer hands to use cases. */
export interface AppDeps {
  storage: Storage;
  db: Db;
  clock: Clock;
  config: Config;
  /** HMAC key for session ids and API tokens. */
  secretKey: string;
  /** Attachment bytes (outside the database). */
  blobs: BlobStore;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** A route module: registers routes on the app; reads deps from app.deps. */
export type RouteModule = (app: App) => Promise<void> | void;

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    /** Set by the auth plugin; null on anonymous requests. */
    actor: Actor | null;
    /** How the caller authenticated: cookie session or bearer token. */
    authVia: 'session' | 'token' | null;
    sessionCsrf: string | null;
  }
  interface FastifyContextConfig {
    access?: Access;
    /** Open to an account that must change its password first (changing it, signing out, who am I). */
    beforePasswordChange?: boolean;
  }
}
