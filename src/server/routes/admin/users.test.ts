import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';

describe.each(ENGINES)('users admin API on %s', (engine) => {
  let t: TestApp;
  let admin: AuthHeaders & { id: string };
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await t.staff('admin');
  });
  afterAll(() => t.close());

  const count = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/admin/users?limit=200', headers: admin })).json().total as number;

  it('staff search for "50%" or "a_b" matches literally: % and _ are escaped (was any name)', async () => {
    for (const [email, name] of [['p50@vendor.test', 'Promo 50% team'], ['p5x@vendor.test', 'Promo 5000 team'], ['ab@vendor.test', 'Ana a_b'], ['axb@vendor.test', 'Ana axb']]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: admin, payload: { email, name, role: 'agent', locale: 'en', timeZone: 'UTC' } });
      expect(res.statusCode).toBe(201);
    }
    const names = async (q: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/admin/users?q=${encodeURIComponent(q)}`, headers: admin })).json().items.map((u: { name: string }) => u.name);
    expect(await names('50%')).toEqual(['Promo 50% team']);
    expect(await names('a_b')).toEqual(['Ana a_b']);
  });

  it('creates a user with a one-time password that must be changed', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: admin,
      payload: { email: 'new.agent@vendor.test', name: 'New Agent', role: 'agent', locale: 'es', timeZone: 'Europe/Madrid' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.user).toMatchObject({ role: 'agent', locale: 'es', mustChangePassword: true });
    expect(body.oneTimePassword).toHaveLength(16);
    expect(JSON.stringify(body)).not.toMatch(/argon2/);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'new.agent@vendor.test', password: body.oneTimePassword } });
    expect(login.statusCode).toBe(200);
  });

  it('rejects unknown properties and bad values with the field path, writing nothing', async () => {
    const before = await count();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: admin,
      payload: { email: 'not-an-email', name: '', role: 'overlord', isRoot: true },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    const paths = error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.name', 'body.role', 'body.isRoot']));
    expect(JSON.stringify(res.json())).not.toMatch(/at .*\.ts/);
    expect(await count()).toBe(before);
  });

  it('rejects an unknown time zone and a duplicate email with codes', async () => {
    const zone = await t.app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: admin, payload: { email: 'z@vendor.test', name: 'Z', role: 'agent', timeZone: 'Mars/Olympus' } });
    expect(zone.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.timeZone' }] });
    const dup = await t.app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: admin, payload: { email: 'NEW.agent@vendor.test', name: 'Dup', role: 'agent' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('CONFLICT');
  });

  it('never lets the last admin be demoted or archived', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/users?role=admin', headers: admin })).json();
    expect(list.total).toBe(1);
    const demote = await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${admin.id}`, headers: admin, payload: { role: 'agent' } });
    expect(demote.statusCode).toBe(409);
    const archive = await t.app.inject({ method: 'POST', url: `/api/v1/admin/users/${admin.id}/archive`, headers: admin });
    expect(archive.statusCode).toBe(409);
  });

  it('archives a user, ending its sessions and sign-in', async () => {
    const agent = await t.staff('agent', 'leaving@vendor.test');
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/admin/users/${agent.id}/archive`, headers: admin });
    expect(res.json().archivedAt).toBe('2026-11-20T10:00:00.000Z');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: agent })).statusCode).toBe(401);
    await expect(t.login('leaving@vendor.test')).rejects.toThrow(/401/);
  });

  it('pages, filters and sorts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/admin/users?limit=1&offset=0&sort=-email&archived=false', headers: admin });
    const body = res.json();
    expect(body.items).toHaveLength(1);
    expect(body.total).toBeGreaterThan(1);
    const all = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/users?sort=-email&archived=false', headers: admin })).json();
    expect(body.items[0].email).toBe(all.items[0].email);
    const emails = all.items.map((u: { email: string }) => u.email);
    expect([...emails].sort().reverse()).toEqual(emails);
  });

  it('returns 404 for a missing user', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/admin/users/00000000-0000-4000-8000-000000000000', headers: admin });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});

describe.each(ENGINES)('personal API tokens on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('authenticates with a bearer token without CSRF, and stops after revocation', async () => {
    const h = await t.staff('manager');
    const created = (await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: h, payload: { name: 'ci' } })).json();
    expect(created.token).toMatch(/^cdt_/);
    const bearer = { authorization: `Bearer ${created.token}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(me.json()).toMatchObject({ via: 'token', actor: { role: 'manager' } });
    const write = await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: bearer, payload: { name: 'second' } });
    expect(write.statusCode).toBe(201);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/me/tokens', headers: h })).json().items;
    expect(listed).toHaveLength(2);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    await t.app.inject({ method: 'POST', url: `/api/v1/me/tokens/${created.id}/revoke`, headers: h });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(401);
  });

  it('cannot revoke another person\'s token (404)', async () => {
    const a = await t.staff('agent');
    const b = await t.staff('agent');
    const tok = (await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: a, payload: { name: 'a' } })).json();
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/me/tokens/${tok.id}/revoke`, headers: b });
    expect(res.statusCode).toBe(404);
  });

  it('refuses an expired token', async () => {
    const h = await t.staff('agent');
    const tok = (await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: h, payload: { name: 'short', expiresAt: '2026-11-20T11:00:00Z' } })).json();
    const bearer = { authorization: `Bearer ${tok.token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(200);
    t.clock.advance(2 * 3_600_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(401);
  });

  it('changes the password and ends sessions', async () => {
    const h = await t.staff('agent', 'pw@vendor.test');
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: h, payload: { currentPassword: 'wrong', newPassword: 'a much longer passphrase' } });
    expect(bad.statusCode).toBe(401);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: h, payload: { currentPassword: 'correct horse battery staple', newPassword: 'a much longer passphrase' } });
    expect(ok.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: h })).statusCode).toBe(401);
    await t.login('pw@vendor.test', 'a much longer passphrase');
  });
});
