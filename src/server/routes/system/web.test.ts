import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../types.js';
import { createWebRoutes } from './web.js';

async function appFor(dir: string): Promise<App> {
  const app = Fastify() as unknown as App;
  const routes: string[] = [];
  app.addHook('onRoute', (r) => {
    if (r.config?.access !== 'public') routes.push(r.url);
  });
  await createWebRoutes(dir)(app);
  await app.ready();
  expect(routes).toEqual([]);
  return app;
}

describe('web routes: the built SPA on the API origin', () => {
  let dir: string;
  let app: App;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cd-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    app = await appFor(dir);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and for client-side routes, never cached', async () => {
    for (const url of ['/', '/admin/users', '/support/overview?x=1']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('id="root"');
    }
  });

  it('serves hashed assets for a year and other files revalidated', async () => {
    const js = await app.inject({ url: '/assets/app-abc123.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.inject({ url: '/favicon.svg' });
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers the API error shape, not HTML, under /api, /healthz and /readyz, and for missing files', async () => {
    for (const url of ['/api/v1/nothing', '/api', '/healthz/x', '/assets/gone-123.js', '/robots.txt']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('never serves a file outside the build (paths are matched, not joined)', async () => {
    const res = await app.inject({ url: '/assets/../../../etc/passwd' });
    expect(res.body).not.toContain('root:');
    const enc = await app.inject({ url: '/..%2f..%2fpackage.json' });
    expect(enc.body).not.toContain('"dependencies"');
  });

  it('explains how to build the web app when dist/web is missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'cd-web-empty-'));
    const bare = await appFor(join(empty, 'nope'));
    const res = await bare.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('npm run build:web');
    await bare.close();
    rmSync(empty, { recursive: true, force: true });
  });
});
