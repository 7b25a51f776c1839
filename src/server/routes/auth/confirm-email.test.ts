import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';

/** POST /api/v1/auth/confirm-email is public (the token is the proof) and answers every bad link with a code (issue 13 item 6). */
describe.each(ENGINES)('confirming a contact address over HTTP on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('refuses an unknown link with CONFIRMATION_INVALID and a malformed one with VALIDATION_FAILED, without a session', async () => {
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/confirm-email', payload: { token: 'A'.repeat(43) } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('CONFIRMATION_INVALID');
    const malformed = await t.app.inject({ method: 'POST', url: '/api/v1/auth/confirm-email', payload: { token: 'short' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('VALIDATION_FAILED');
  });
});
