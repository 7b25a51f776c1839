import { sql } from 'drizzle-orm';
import type { App } from '../../types.js';
import { HealthzGet, ReadyzGet, ReadyzUnavailable } from '../../contract/system.js';

/** Liveness (the process answers) and readiness (the database answers). */
export async function healthRoutes(app: App): Promise<void> {
  app.get('/healthz', { config: { access: 'public' }, schema: { tags: ['system'], summary: 'Liveness', response: { 200: HealthzGet } } }, async () => ({ status: 'ok' as const }));
  app.get('/readyz', { config: { access: 'public' }, schema: { tags: ['system'], summary: 'Readiness: the database answers', response: { 200: ReadyzGet, 503: ReadyzUnavailable } } }, async (req, reply) => {
    try {
      await app.deps.db.execute(sql`SELECT 1`);
      return { status: 'ready' as const, storage: app.deps.storage.kind };
    } catch (err) {
      req.log.warn({ err }, 'database not ready');
      return reply.status(503).send({ status: 'unavailable' as const, storage: app.deps.storage.kind });
    }
  });
}
