import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';

describe.each(ENGINES)('sign-in and sessions on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { LOGIN_MAX_PER_ACCOUNT: '3', LOGIN_MAX_PER_ADDRESS: '1000' });
  });
  afterAll(() => t.close());

  it('sets an HttpOnly SameSite session cookie and returns a CSRF token', async () => {
    await t.staff('agent', 'cookie@vendor.test');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'cookie@vendor.test', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(res.json().csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(JSON.stringify(res.json())).not.toContain('passwordHash');
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'cookie@vendor.test', password: 'nope' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'ghost@vendor.test', password: 'nope' } });
    expect(unknown.json().error).toEqual(res.json().error);
  });

  it('rate limits one account after repeated failures, even with the right password', async () => {
    await t.staff('agent', 'limited@vendor.test');
    for (let i = 0; i < 3; i++) {
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'limited@vendor.test', password: 'wrong' } });
    }
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'limited@vendor.test', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('RATE_LIMITED');
    expect(res.headers['retry-after']).toBe('900');
    t.clock.advance(16 * 60_000);
    const later = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'limited@vendor.test', password: TEST_PASSWORD } });
    expect(later.statusCode).toBe(200);
  });

  it('wrong passwords from another address do not lock the rightful owner out (was a hard per-account lock)', async () => {
    await t.staff('agent', 'owner@vendor.test');
    const login = (password: string, remoteAddress: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'owner@vendor.test', password }, remoteAddress });
    for (let i = 0; i < 5; i++) await login('guess', '203.0.113.66');
    const attacker = await login('guess', '203.0.113.66');
    expect(attacker.statusCode).toBe(429);
    expect(Number(attacker.headers['retry-after'])).toBeGreaterThan(0);
    const owner = await login(TEST_PASSWORD, '198.51.100.7');
    expect(owner.statusCode).toBe(200);
    // The attacker stays slowed down even with the right password from its own address.
    expect((await login(TEST_PASSWORD, '203.0.113.66')).statusCode).toBe(429);
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    const h = await t.staff('agent');
    const without = await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: { cookie: h.cookie }, payload: { name: 'x' } });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_FAILED');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: { cookie: h.cookie, 'x-csrf-token': 'forged' }, payload: { name: 'x' } });
    expect(wrong.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: h, payload: { name: 'x' } });
    expect(ok.statusCode).toBe(201);
  });

  it('ends the session on logout', async () => {
    const h = await t.staff('manager');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: h })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: h })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: h })).statusCode).toBe(401);
  });

  it('expires sessions after the configured lifetime', async () => {
    const h = await t.staff('agent');
    t.clock.advance(13 * 3_600_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: h })).statusCode).toBe(401);
  });
});
