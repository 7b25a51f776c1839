import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../test/support/app.js';
import { ENGINES } from '../../../test/support/engines.js';
import { createTicketWorld } from '../../../test/support/ticket-world.js';

/** Downloads can never run in the desk's origin (issue 13 item 8). */
describe.each(ENGINES)('attachment downloads on %s', (engine) => {
  let t: TestApp;
  let contact: AuthHeaders;
  let ticketId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.set('2026-11-18T10:00:00Z');
    const w = await createTicketWorld(t.deps);
    contact = await t.login(w.authorized.email);
    ticketId = (await t.app.inject({ method: 'POST', url: '/api/v1/portal/tickets', headers: contact, payload: { subject: 'files', body: 'x', severity: 'major' } })).json().id;
  });
  afterAll(() => t.close());

  const upload = async (filename: string, content: string) => {
    const payload = `--XX\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n${content}\r\n--XX--\r\n`;
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/portal/tickets/${ticketId}/attachments`, headers: { ...contact, 'content-type': 'multipart/form-data; boundary=XX' }, payload: Buffer.from(payload, 'utf8') });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; filename: string };
  };
  const download = (id: string) => t.app.inject({ method: 'GET', url: `/api/v1/portal/tickets/${ticketId}/attachments/${id}`, headers: contact });

  it('a download sends Content-Security-Policy: sandbox (was the app\'s own CSP)', async () => {
    const a = await upload('notes.txt', 'hello');
    const res = await download(a.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toMatch(/^sandbox\b/);
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('right-to-left override and other bidi controls are stripped from file names (were kept)', async () => {
    const a = await upload('invoice\u202Egpj.txt', 'x'); // shown as "invoicetxt.jpg"
    expect(a.filename).toBe('invoicegpj.txt');
    const b = await upload('\u2066re\u200Fport\u2069\u061C.log', 'x');
    expect(b.filename).toBe('report.log');
    const res = await download(a.id);
    expect(res.headers['content-disposition']).not.toMatch(/%E2%80%AE/i);
  });

  it('.xml is served as bytes to save, never as a document a browser renders (was application/xml)', async () => {
    const a = await upload('config.xml', '<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>');
    const res = await download(a.id);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="config.xml"/);
  });
});

/** An upload budget per contact and per customer (issue 13 item 8: nothing stopped one contact filling the disk). */
describe.each(ENGINES)('upload budget on %s', (engine) => {
  let t: TestApp;
  let first: AuthHeaders;
  let second: AuthHeaders;
  let agent: AuthHeaders;
  let ticketId: string;
  let firstEmail: string;
  beforeAll(async () => {
    // 12 KiB per contact and 20 KiB per customer in any 24 hours.
    t = await createTestApp(engine, { UPLOAD_BUDGET_CONTACT_MB: String(12 / 1024), UPLOAD_BUDGET_CUSTOMER_MB: String(20 / 1024) });
    t.clock.set('2026-11-18T10:00:00Z');
    const w = await createTicketWorld(t.deps);
    firstEmail = w.authorized.email;
    first = await t.login(firstEmail);
    second = await t.login(w.admin.email);
    agent = await t.staff('agent');
    ticketId = (await t.app.inject({ method: 'POST', url: '/api/v1/portal/tickets', headers: first, payload: { subject: 'files', body: 'x', severity: 'major' } })).json().id;
  });
  afterAll(() => t.close());

  const upload = (h: AuthHeaders, kib: number, area: 'portal' | 'agent' = 'portal') => {
    const payload = Buffer.concat([
      Buffer.from('--XX\r\nContent-Disposition: form-data; name="file"; filename="dump.log"\r\nContent-Type: text/plain\r\n\r\n'),
      Buffer.alloc(kib * 1024, 'a'),
      Buffer.from('\r\n--XX--\r\n'),
    ]);
    return t.app.inject({ method: 'POST', url: `/api/v1/${area}/tickets/${ticketId}/attachments`, headers: { ...h, 'content-type': 'multipart/form-data; boundary=XX' }, payload });
  };

  it('refuses a contact\'s upload past its 24-hour budget with UPLOAD_BUDGET_EXCEEDED and Retry-After (was unlimited)', async () => {
    expect((await upload(first, 8)).statusCode).toBe(201);
    t.clock.advance(3_600_000);
    const over = await upload(first, 6);
    expect(over.statusCode).toBe(429);
    expect(over.json().error).toMatchObject({ code: 'UPLOAD_BUDGET_EXCEEDED', details: { scope: 'contact', limitBytes: 12 * 1024, usedBytes: 8 * 1024 } });
    expect(over.headers['retry-after']).toBe(String(23 * 3600));
    expect((await upload(first, 4)).statusCode).toBe(201); // exactly at the budget
  });

  it('counts every contact of the customer against the customer budget; staff uploads are not counted', async () => {
    const over = await upload(second, 9); // 12 KiB used by the first contact + 9 > 20
    expect(over.statusCode).toBe(429);
    expect(over.json().error.details.scope).toBe('customer');
    expect((await upload(agent, 40, 'agent')).statusCode).toBe(201);
    expect((await upload(second, 8)).statusCode).toBe(201);
  });

  it('frees the budget as uploads leave the 24-hour window', async () => {
    t.clock.advance(24 * 3_600_000);
    const again = await t.login(firstEmail); // the session of a day ago has expired
    expect((await upload(again, 10)).statusCode).toBe(201);
  });
});
