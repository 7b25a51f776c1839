import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { createTicketWorld, type TicketWorld } from '../../../../test/support/ticket-world.js';

describe.each(ENGINES)('tickets over HTTP on %s', (engine) => {
  let t: TestApp;
  let w: TicketWorld;
  let contact: AuthHeaders;
  let agent: AuthHeaders & { id: string };
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.set('2026-11-18T10:00:00Z'); // Wednesday 11:00 in Madrid
    w = await createTicketWorld(t.deps);
    contact = await t.login(w.authorized.email);
    agent = await t.staff('agent');
  });
  afterAll(() => t.close());

  const file = (headers: Record<string, string>, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/portal/tickets', headers, payload });

  it('files a ticket and shows the customer when the vendor owes a response', async () => {
    const res = await file(contact, { subject: 'Login broken', body: 'Nobody can log in.', severity: 'blocker' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'new', channel: 'portal', sla: { waiting: 'on_us', dueBy: '2026-11-18T14:00:00.000Z', dueKind: 'response' } });
    expect(body).not.toHaveProperty('assigneeId');
    expect(body).not.toHaveProperty('slaColumns');
  });

  it('answers the filing with the same view a later GET gives', async () => {
    const created = await file(contact, { subject: 'Same view', body: 'x', severity: 'major' });
    const fetched = await t.app.inject({ method: 'GET', url: `/api/v1/portal/tickets/${created.json().id}`, headers: contact });
    expect(created.json()).toEqual(fetched.json());
  });

  it('refuses fields a contact may not set, writing nothing', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/tickets', headers: contact })).json().total;
    for (const field of ['status', 'customerId', 'assigneeId', 'responseDueAt', 'registeredAt', 'highPriority']) {
      const res = await file(contact, { subject: 's', body: 'b', severity: 'major', [field]: field === 'highPriority' ? true : 'x' });
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(`body.${field}`);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/portal/tickets', headers: contact })).json().total).toBe(before);
  });

  it('stops the response clock at the agent\'s first reply, hides internal notes, and pauses while pending', async () => {
    const id = (await file(contact, { subject: 'Slow search', body: 'Search takes a minute.', severity: 'major' })).json().id;
    t.clock.advance(30 * 60_000);
    const note = await t.app.inject({ method: 'POST', url: `/api/v1/agent/tickets/${id}/notes`, headers: agent, payload: { body: 'Customer is on the old index (internal)' } });
    expect(note.json().firstResponseAt).toBeNull();
    const reply = await t.app.inject({ method: 'POST', url: `/api/v1/agent/tickets/${id}/replies`, headers: agent, payload: { body: 'Which version do you run?', status: 'pending' } });
    expect(reply.statusCode).toBe(201);
    const staffView = reply.json();
    expect(staffView).toMatchObject({ status: 'pending', firstResponseAt: '2026-11-18T10:30:00.000Z' });
    expect(staffView.clocks.response).toMatchObject({ state: 'met', phase: 'stopped' });
    expect(staffView.clocks.resolution).toMatchObject({ state: 'paused' });
    const seen = (await t.app.inject({ method: 'GET', url: `/api/v1/portal/tickets/${id}`, headers: contact })).json();
    expect(seen.sla.waiting).toBe('on_you');
    expect(JSON.stringify(seen)).not.toContain('old index');
    expect(seen.messages.map((m: { kind: string }) => m.kind)).toEqual(['reply']);
    t.clock.advance(60 * 60_000);
    const answered = await t.app.inject({ method: 'POST', url: `/api/v1/portal/tickets/${id}/replies`, headers: contact, payload: { body: 'Version 4.2' } });
    expect(answered.json()).toMatchObject({ status: 'open', sla: { waiting: 'on_us', dueKind: 'resolution' } });
  });

  it('requires a reason to change severity and records it in the history', async () => {
    const id = (await file(contact, { subject: 'Typo', body: 'Typo in the docs.', severity: 'critical' })).json().id;
    const noReason = await t.app.inject({ method: 'POST', url: `/api/v1/agent/tickets/${id}/severity`, headers: agent, payload: { severity: 'trivial' } });
    expect(noReason.statusCode).toBe(400);
    const ok = await t.app.inject({ method: 'POST', url: `/api/v1/agent/tickets/${id}/severity`, headers: agent, payload: { severity: 'trivial', reason: 'Documentation error (R-K2 Trivial)' } });
    const h = ok.json().history.find((e: { type: string }) => e.type === 'severity_changed');
    expect(h).toMatchObject({ actorKind: 'user', actorId: agent.id, data: { from: 'critical', to: 'trivial', reason: 'Documentation error (R-K2 Trivial)' } });
    expect(ok.json().clocks.response.indicative).toBe(true);
  });

  it('refuses New → Open without a reply when the plan counts replies (R-K4)', async () => {
    const id = (await file(contact, { subject: 'x', body: 'y', severity: 'major' })).json().id;
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/agent/tickets/${id}/status`, headers: agent, payload: { status: 'open' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('replays an Idempotency-Key, refuses it with another body, and scopes it per caller', async () => {
    const h = { ...contact, 'idempotency-key': 'create-42' };
    const a = await file(h, { subject: 'Once', body: 'only once', severity: 'major' });
    const b = await file(h, { subject: 'Once', body: 'only once', severity: 'major' });
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.json().id).toBe(a.json().id);
    const c = await file(h, { subject: 'Twice?', body: 'different', severity: 'major' });
    expect(c.statusCode).toBe(422);
    expect(c.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const other = await t.login(w.admin.email);
    const d = await file({ ...other, 'idempotency-key': 'create-42' }, { subject: 'Once', body: 'only once', severity: 'major' });
    expect(d.json().id).not.toBe(a.json().id);
  });

  it('keeps a refused request and tells the contact what to do', async () => {
    const guest = await t.login(w.unauthorized.email);
    const res = await file(guest, { subject: 'Help', body: 'please', severity: 'major' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'NOT_AUTHORIZED_CONTACT', details: { unentitledRequestId: expect.any(String) } });
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/agent/unentitled-requests?status=open', headers: agent })).json();
    const kept = list.items.find((r: { id: string }) => r.id === res.json().error.details.unentitledRequestId);
    expect(kept).toMatchObject({ subject: 'Help', reasonCode: 'NOT_AUTHORIZED_CONTACT' });
    const conv = await t.app.inject({ method: 'POST', url: `/api/v1/agent/unentitled-requests/${kept.id}/convert`, headers: agent, payload: { note: 'Known user, accepted' } });
    expect(conv.statusCode).toBe(201);
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/agent/unentitled-requests/${kept.id}/convert`, headers: agent, payload: {} });
    expect(again.json().error.code).toBe('REQUEST_NOT_OPEN');
  });

  it('stores attachments outside the row and downloads them as attachments, never sniffed', async () => {
    const id = (await file(contact, { subject: 'Log', body: 'see log', severity: 'major' })).json().id;
    const boundary = 'XyZ';
    const part = (name: string, content: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/html\r\n\r\n${content}\r\n--${boundary}--\r\n`;
    const up = (name: string, content: string) =>
      t.app.inject({ method: 'POST', url: `/api/v1/portal/tickets/${id}/attachments`, headers: { ...contact, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: part(name, content) });
    const ok = await up('server.log', 'ERROR at line 1');
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ filename: 'server.log', contentType: 'text/plain', sizeBytes: 15 });
    const dl = await t.app.inject({ method: 'GET', url: `/api/v1/portal/tickets/${id}/attachments/${ok.json().id}`, headers: contact });
    expect(dl.body).toBe('ERROR at line 1');
    expect(dl.headers['content-disposition']).toMatch(/^attachment; filename="server.log"/);
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect((await up('evil.html', '<script>alert(1)</script>')).json().error.code).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
  });
});
