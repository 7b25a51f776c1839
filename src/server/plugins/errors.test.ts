import inject from 'light-my-request';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.js';
import { buildApp } from '../app.js';

describe('errors while the app shuts down', () => {
  it('a request during shutdown gets 503 SERVICE_UNAVAILABLE in the one error shape (was Fastify\'s own body)', async () => {
    const t = await createTestApp('pglite');
    let during: inject.Response | null = null;
    // preClose hooks run in order once closing started: buildApp's own first, this one after it.
    const app = await buildApp(t.deps, {
      extraRoutes: [
        (a) => {
          a.addHook('preClose', async () => {
            during = await inject(a.routing, { method: 'GET', url: '/healthz' });
          });
        },
      ],
    });
    await app.ready();
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await app.close();
    await t.close();
    const res = during! as inject.Response;
    expect(res.statusCode).toBe(503);
    expect(res.headers.connection).toBe('close');
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: 'The server is shutting down; retry shortly.', details: null } });
  });
});
