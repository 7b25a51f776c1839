import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { apiTokens } from '../../../storage/schema/index.js';

/** Personal API tokens expire, record their last use and are listed with both (issue 13 item 8). */
describe.each(ENGINES)('API token lifetime and last use on %s', (engine) => {
  let t: TestApp;
  let admin: AuthHeaders & { id: string };
  let agent: AuthHeaders & { id: string };
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await t.staff('admin');
    agent = await t.staff('agent');
  });
  afterAll(() => t.close());

  const create = (h: AuthHeaders, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: h, payload });
  const bearer = (token: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });

  it('a token made without an expiry gets the administrator\'s default lifetime (was: never expired)', async () => {
    const res = await create(agent, { name: 'ci' });
    expect(res.statusCode).toBe(201);
    expect(res.json().expiresAt).toBe(new Date(t.clock.now().getTime() + 90 * 86_400_000).toISOString());
  });

  it('no token may outlive the administrator\'s maximum, and the administrator sets both', async () => {
    const tooLong = await create(agent, { name: 'forever', expiresAt: new Date(t.clock.now().getTime() + 400 * 86_400_000).toISOString() });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details[0].path).toBe('body.expiresAt');
    expect((await t.app.inject({ method: 'PATCH', url: '/api/v1/admin/api-token-settings', headers: agent, payload: { maxDays: 30 } })).statusCode).toBe(403);
    const bad = await t.app.inject({ method: 'PATCH', url: '/api/v1/admin/api-token-settings', headers: admin, payload: { maxDays: 30 } });
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.defaultDays' }] });
    const set = await t.app.inject({ method: 'PATCH', url: '/api/v1/admin/api-token-settings', headers: admin, payload: { defaultDays: 7, maxDays: 30 } });
    expect(set.json()).toMatchObject({ defaultDays: 7, maxDays: 30 });
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/me/tokens', headers: agent })).json();
    expect(listed).toMatchObject({ defaultDays: 7, maxDays: 30 });
    expect((await create(agent, { name: 'month', expiresAt: new Date(t.clock.now().getTime() + 31 * 86_400_000).toISOString() })).statusCode).toBe(400);
    const week = (await create(agent, { name: 'week' })).json();
    expect(week.expiresAt).toBe(new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString());
  });

  it('an expired token is refused', async () => {
    const tok = (await create(agent, { name: 'short', expiresAt: new Date(t.clock.now().getTime() + 3_600_000).toISOString() })).json();
    expect((await bearer(tok.token)).statusCode).toBe(200);
    t.clock.advance(3_600_000 + 1000);
    expect((await bearer(tok.token)).statusCode).toBe(401);
  });

  it('records lastUsedAt at most once a minute and lists it (was never written)', async () => {
    const tok = (await create(agent, { name: 'busy' })).json();
    const lastUsed = async () => (await t.deps.db.select().from(apiTokens).where(eq(apiTokens.id, tok.id)))[0]!.lastUsedAt?.toISOString() ?? null;
    const first = t.clock.now().toISOString();
    await bearer(tok.token);
    expect(await lastUsed()).toBe(first);
    t.clock.advance(30_000);
    await bearer(tok.token);
    expect(await lastUsed()).toBe(first); // within the minute: no write
    t.clock.advance(31_000);
    await bearer(tok.token);
    expect(await lastUsed()).toBe(t.clock.now().toISOString());
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/me/tokens', headers: agent })).json().items.find((i: { id: string }) => i.id === tok.id);
    expect(listed).toMatchObject({ lastUsedAt: t.clock.now().toISOString(), expiresAt: tok.expiresAt });
  });
});
