import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { createTicketWorld } from '../../../../test/support/ticket-world.js';

describe.each(ENGINES)('my profile and my plan\'s severities on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('lets a person set its own language and zone, and nothing else', async () => {
    const h = await t.staff('agent');
    const ok = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: h, payload: { locale: 'el', timeZone: 'Europe/Athens' } });
    expect(ok.json().actor).toMatchObject({ locale: 'el', timeZone: 'Europe/Athens', role: 'agent' });
    const role = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: h, payload: { role: 'admin' } });
    expect(role.statusCode).toBe(400);
    const zone = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: h, payload: { timeZone: 'Nowhere/Else' } });
    expect(zone.json().error.details[0].path).toBe('body.timeZone');
  });

  it('says when a one-time password must be changed', async () => {
    const admin = await t.staff('admin');
    const created = (await t.app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: admin, payload: { email: 'otp@vendor.test', name: 'Otp', role: 'agent' } })).json();
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'otp@vendor.test', password: created.oneTimePassword } });
    expect(login.json().actor.mustChangePassword).toBe(true);
  });

  it('the forced password change is enforced by the server on every route but changing it and signing out (was only the web app)', async () => {
    const admin = await t.staff('admin');
    const created = (await t.app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: admin, payload: { email: 'forced@vendor.test', name: 'Forced', role: 'manager' } })).json();
    const h = await t.login('forced@vendor.test', created.oneTimePassword);
    for (const [method, url] of [['GET', '/api/v1/agent/queue'], ['GET', '/api/v1/admin/users'], ['POST', '/api/v1/me/tokens'], ['PATCH', '/api/v1/me']] as const) {
      const res = await t.app.inject({ method, url, headers: h, payload: method === 'GET' ? undefined : { name: 'x' } });
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code, url).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: h })).statusCode).toBe(200);
    const other = await t.login('forced@vendor.test', created.oneTimePassword);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: other })).statusCode).toBe(200);
    const changed = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: h, payload: { currentPassword: created.oneTimePassword, newPassword: 'a much better passphrase 42' } });
    expect(changed.statusCode).toBe(200);
    const after = await t.login('forced@vendor.test', 'a much better passphrase 42');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/agent/queue', headers: after })).statusCode).toBe(200);
    const again = await t.login('forced@vendor.test', 'a much better passphrase 42');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: again })).statusCode).toBe(200);
  });

  it('lists the severities the contact\'s plan offers, with definitions', async () => {
    const w = await createTicketWorld(t.deps);
    const h = await t.login(w.authorized.email);
    const res = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/severities', headers: h })).json();
    expect(res.items.map((s: { code: string }) => s.code)).toEqual(['blocker', 'critical', 'major', 'trivial']);
    expect(res.items[0].names).toHaveProperty('es');
  });
});
