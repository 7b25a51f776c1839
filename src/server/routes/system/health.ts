import { sql } from 'drizzle-orm';
import type { App } from '../../types.js';

/** Liveness (the process answers) and readiness (the database answers). */
export async function healthRoutes(app: App): Promise<void> {
  app.get('/healthz', { config: { access: 'public' }, schema: { tags: ['system'], summary: 'Liveness' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' }, schema: { tags: ['system'], summary: 'Readiness: the database answers' } }, async (req, reply) => {
    try {
      await app.deps.db.execute(sql`SELECT 1`);
      return { status: 'ready', storage: app.deps.storage.kind };
    } catch (err) {
      req.log.warn({ err }, 'database not ready');
      return reply.status(503).send({ status: 'unavailable', storage: app.deps.storage.kind });
    }
  });
}
