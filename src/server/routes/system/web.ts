import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import { errorBody } from '../../plugins/errors.js';
import type { App, RouteModule } from '../../types.js';

/** The built single-page app (vite build → dist/web at the repository root). */
export const WEB_DIST_DIR = fileURLToPath(new URL('../../../../dist/web', import.meta.url));

/** Paths the SPA fallback never answers: they belong to the API and probes. */
const SERVER_PATH = /^(api|healthz|readyz)(\/|$)/;
const HASHED_ASSET = /^assets\//;

/** Every servable file under dir, relative with forward slashes (dot-directories such as .vite are skipped). */
function listFiles(dir: string, base = dir): Set<string> {
  const files = new Set<string>();
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) for (const f of listFiles(full, base)) files.add(f);
    else if (!/\.(gz|br)$/.test(entry)) files.add(relative(base, full).split(sep).join('/'));
  }
  return files;
}

/**
 * Serves the SPA on the API's origin: built files by exact name (hashed
 * assets cached for a year), and index.html for any other GET outside
 * /api, /healthz and /readyz so client-side routes survive a reload.
 * Only files present at start are served (no path is ever joined from the URL).
 */
export function createWebRoutes(distDir: string = WEB_DIST_DIR): RouteModule {
  return async (app: App) => {
    if (!existsSync(join(distDir, 'index.html'))) {
      app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) =>
        reply
          .type('text/plain; charset=utf-8')
          .send('Coverdesk API is running, but the web app is not built.\nRun `npm run build:web` (or `npm start`, which builds it when missing), then reload.\nAPI docs: /api/docs\n'),
      );
      return;
    }
    const files = listFiles(distDir);
    await app.register(fastifyStatic, { root: distDir, serve: false, preCompressed: true, cacheControl: false, etag: true, lastModified: true });

    const sendIndex = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html');

    app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => sendIndex(reply));
    app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
      const path = (req.params as { '*': string })['*'];
      if (files.has(path)) {
        const cache = HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
        return reply.header('cache-control', cache).sendFile(path);
      }
      if (SERVER_PATH.test(path)) {
        return reply.status(404).send(errorBody('NOT_FOUND', `No route GET /${path.split('?')[0]}`));
      }
      // A missing hashed asset (an old tab after a deploy) must not get HTML back.
      if (HASHED_ASSET.test(path) || /\.[a-z0-9]{2,5}$/i.test(path)) {
        return reply.status(404).send(errorBody('NOT_FOUND', `No file /${path}`));
      }
      return sendIndex(reply);
    });
  };
}

/** Registered last in ROUTE_MODULES: every API route wins over the SPA fallback. */
export const webRoutes: RouteModule = createWebRoutes();
