import cookie from '@fastify/cookie';
import helmet from 'helmet';
import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerInputChecks } from './plugins/input-text.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerResponseContract } from './plugins/response-contract.js';
import { registerValidation } from './plugins/validation.js';
import { ROUTE_MODULES } from './routes/index.js';
import type { App, AppDeps } from './types.js';

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Extra route modules (tests, web UI static files). */
  extraRoutes?: Array<(app: App) => Promise<void> | void>;
  /** Observes every registered route (route-inventory test). */
  onRoute?: (route: { method: string | string[]; url: string; access: unknown }) => void;
  /** Check every JSON answer against its route's response schema (default: in tests and development). */
  validateResponses?: boolean;
  /**
   * The route's role list answers a wrong role 403 before validation; the use case's own
   * check (core/access.ts) is the authority. Tests turn the early answer off (false) to prove
   * every use case refuses on its own, as it must for the CLI and jobs. Default true.
   */
  earlyRoleCheck?: boolean;
}

/** Builds the HTTP app (no listen): plugins, error mapping, auth, every route module. */
export async function buildApp(deps: AppDeps, opts: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    logger: opts.logger ?? false,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    // plugins/errors.ts answers requests during shutdown in the one error shape.
    return503OnClosing: false,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;
  app.decorate('deps', deps);
  registerValidation(app);
  registerErrorHandling(app);
  registerInputChecks(app);
  registerResponseContract(app, { validate: opts.validateResponses ?? deps.config.env !== 'production' });
  app.addHook('onRoute', (route) => {
    // Plugin-owned documentation pages are public; every other route must declare access.
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), access: 'public' };
    opts.onRoute?.({ method: route.method, url: route.url, access: route.config?.access });
  });
  // Security headers on every response. The middleware is built once: @fastify/helmet rebuilt it
  // (parsing the CSP) on every request, ~3 % of the server's CPU when creating tickets.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // Only behind https: on plain http it would send browsers to https for every asset.
        upgradeInsecureRequests: deps.config.publicUrl.startsWith('https:') ? [] : null,
      },
    },
  });
  app.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined)));
  await app.register(cookie);
  // Uploads are parsed only by routes that ask for a file; limits are set per call.
  await app.register(multipart, { limits: { files: 1, fields: 10 } });
  registerAuth(app, { roles: opts.earlyRoleCheck ?? true });
  await registerOpenApi(app);
  for (const mod of [...ROUTE_MODULES, ...(opts.extraRoutes ?? [])]) await mod(app);
  return app;
}
