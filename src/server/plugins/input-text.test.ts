import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../test/support/app.js';
import { ENGINES } from '../../../test/support/engines.js';
import { createTicketWorld, type TicketWorld } from '../../../test/support/ticket-world.js';

/** Bad input is a 400 with a code and writes nothing (issue 13 item 8, issue 14 item 6). */
describe.each(ENGINES)('bad input over HTTP on %s', (engine) => {
  let t: TestApp;
  let w: TicketWorld;
  let contact: AuthHeaders;
  let manager: AuthHeaders;
  let ticketId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.set('2026-11-18T10:00:00Z');
    w = await createTicketWorld(t.deps);
    contact = await t.login(w.authorized.email);
    manager = await t.staff('manager');
    ticketId = (await t.app.inject({ method: 'POST', url: '/api/v1/portal/tickets', headers: contact, payload: { subject: 'ok', body: 'x', severity: 'major' } })).json().id;
  });
  afterAll(() => t.close());

  const ticketCount = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/portal/tickets', headers: contact })).json().total as number;
  const fileRaw = (payload: string | Buffer) =>
    t.app.inject({ method: 'POST', url: '/api/v1/portal/tickets', headers: { ...contact, 'content-type': 'application/json' }, payload });
  const expectCode = (res: { statusCode: number; json(): { error: { code: string; details: unknown } } }, status: number, code: string) => {
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
  };

  it('NUL in a ticket subject or body is INVALID_TEXT (was a 500), and nothing is written', async () => {
    const before = await ticketCount();
    const subject = await t.app.inject({ method: 'POST', url: '/api/v1/portal/tickets', headers: contact, payload: { subject: 'a\u0000b', body: 'x', severity: 'major' } });
    expectCode(subject, 400, 'INVALID_TEXT');
    expect(subject.json().error.details).toEqual([{ path: 'body.subject', problem: 'contains a NUL character' }]);
    const body = await t.app.inject({ method: 'POST', url: '/api/v1/portal/tickets', headers: contact, payload: { subject: 'ab', body: 'x\u0000', severity: 'major' } });
    expectCode(body, 400, 'INVALID_TEXT');
    expect(await ticketCount()).toBe(before);
  });

  it('NUL in a customer name is INVALID_TEXT (was a 500)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/admin/customers', headers: manager, payload: { code: 'nul1', name: 'Acme\u0000' } });
    expectCode(res, 400, 'INVALID_TEXT');
    expect(res.json().error.details[0].path).toBe('body.name');
  });

  it('a lone surrogate in JSON is INVALID_TEXT (was stored as U+FFFD with 201)', async () => {
    const before = await ticketCount();
    const res = await fileRaw('{"subject":"a\\ud800b","body":"x","severity":"major"}');
    expectCode(res, 400, 'INVALID_TEXT');
    expect(res.json().error.details[0]).toMatchObject({ path: 'body.subject' });
    expect(await ticketCount()).toBe(before);
  });

  it('a body that is not valid UTF-8 is INVALID_TEXT (was stored as U+FFFD with 201)', async () => {
    const before = await ticketCount();
    const res = await fileRaw(Buffer.concat([Buffer.from('{"subject":"a'), Buffer.from([0xff, 0xfe]), Buffer.from('","body":"x","severity":"major"}')]));
    expectCode(res, 400, 'INVALID_TEXT');
    expect(res.json().error.details).toEqual([{ path: 'body', problem: 'is not valid UTF-8' }]);
    expect(await ticketCount()).toBe(before);
  });

  it('still accepts every valid character, astral ones and U+FFFD included', async () => {
    const res = await fileRaw(JSON.stringify({ subject: 'Ελληνικά 😀 \ufffd ñ', body: 'x', severity: 'major' }));
    expect(res.statusCode).toBe(201);
    expect(res.json().subject).toBe('Ελληνικά 😀 \ufffd ñ');
  });

  it('still refuses prototype poisoning and broken JSON with a 400', async () => {
    expect((await fileRaw('{"__proto__":{"x":1},"subject":"a","body":"x","severity":"major"}')).statusCode).toBe(400);
    expect((await fileRaw('{"subject":')).statusCode).toBe(400);
  });

  it('NUL in the search text q is INVALID_TEXT (was a 500)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/portal/tickets?q=a%00b', headers: contact });
    expectCode(res, 400, 'INVALID_TEXT');
    expect(res.json().error.details[0].path).toBe('querystring.q');
  });

  it('an offset of 1e20 is VALIDATION_FAILED (was a 500)', async () => {
    for (const url of ['/api/v1/portal/tickets?offset=1e20', '/api/v1/admin/customers?offset=1e20', '/api/v1/agent/queue?offset=100000000000000000000']) {
      const res = await t.app.inject({ method: 'GET', url, headers: url.includes('portal') ? contact : manager });
      expectCode(res, 400, 'VALIDATION_FAILED');
      expect(res.json().error.details[0].path).toBe('querystring.offset');
    }
  });

  describe('multipart uploads', () => {
    const upload = (payload: string, contentType = 'multipart/form-data; boundary=XX') =>
      t.app.inject({ method: 'POST', url: `/api/v1/portal/tickets/${ticketId}/attachments`, headers: { ...contact, 'content-type': contentType }, payload });
    const part = (name: string, value: string) => `--XX\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const filePart = '--XX\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n';

    it('a truncated multipart body is MALFORMED_BODY (was a 500)', async () => {
      expectCode(await upload('--XX\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello'), 400, 'MALFORMED_BODY');
    });

    it('multipart without a boundary is MALFORMED_BODY (was a 500)', async () => {
      expectCode(await upload('x', 'multipart/form-data'), 400, 'MALFORMED_BODY');
    });

    it('more than 10 multipart fields is MALFORMED_BODY (was a 500)', async () => {
      const many = Array.from({ length: 12 }, (_, i) => part(`f${i}`, 'v')).join('') + filePart + '--XX--\r\n';
      expectCode(await upload(many), 400, 'MALFORMED_BODY');
    });

    it('a NUL in a multipart text field is INVALID_TEXT', async () => {
      expectCode(await upload(part('note', 'a\u0000b') + filePart + '--XX--\r\n'), 400, 'INVALID_TEXT');
    });

    it('a well-formed upload still works', async () => {
      const res = await upload(filePart + '--XX--\r\n');
      expect(res.statusCode).toBe(201);
    });
  });
});
