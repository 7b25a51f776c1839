import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { createTicketWorld, type TicketWorld } from '../../../../test/support/ticket-world.js';

/**
 * Issue 7 over HTTP: a configuration request, its estimate approved by the
 * customer's administrator in the portal, time logged in 15-minute units, an
 * invoice issued, and its PDF downloaded from the portal and read back.
 */
describe.each(ENGINES)('billing journey over HTTP on %s', (engine) => {
  let t: TestApp;
  let w: TicketWorld;
  let manager: AuthHeaders;
  let agent: AuthHeaders;
  let admin: AuthHeaders;
  let plain: AuthHeaders;
  let ticketId: string;
  let invoiceId: string;
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, headers: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.set('2026-11-18T10:00:00Z');
    w = await createTicketWorld(t.deps);
    manager = await t.staff('manager');
    agent = await t.staff('agent');
    admin = await t.login(w.admin.email);
    plain = await t.login(w.authorized.email);
  });
  afterAll(() => t.close());

  it('sets billing terms and a tariff; refuses unknown fields and agents', async () => {
    const terms = await call('PATCH', `/api/v1/admin/contracts/${w.contractId}/billing-terms`, manager, { hasServiceContract: true, billingUnitMinutes: 15, roundingRule: 'per_entry' });
    expect(terms.statusCode).toBe(200);
    expect(terms.json()).toMatchObject({ hasServiceContract: true, stored: true, billingUnitMinutes: 15 });
    expect((await call('PATCH', `/api/v1/admin/contracts/${w.contractId}/billing-terms`, manager, { free: true })).statusCode).toBe(400);
    expect((await call('PATCH', `/api/v1/admin/contracts/${w.contractId}/billing-terms`, agent, { vendorHosted: true })).statusCode).toBe(403);
    const tariff = await call('POST', '/api/v1/admin/tariffs', manager, { activity: null, currency: 'EUR', ratePerHourCents: 8_000, effectiveFrom: '2026-01-01' });
    expect(tariff.statusCode).toBe(201);
    expect((await call('POST', '/api/v1/admin/tariffs', manager, { activity: null, currency: 'EUR', ratePerHourCents: 9_000, effectiveFrom: '2026-01-01' })).json().error.code).toBe('CONFLICT');
  });

  it('shows the customer that a configuration request is billable before work starts, and refuses billable time without approval', async () => {
    ticketId = (await call('POST', '/api/v1/portal/tickets', plain, { subject: 'New object type', body: 'With statuses and permissions.', severity: 'major' })).json().id;
    expect((await call('GET', `/api/v1/portal/tickets/${ticketId}/chargeability`, plain)).json()).toMatchObject({ classified: false, billable: null, reasonKey: 'not_classified' });
    await call('POST', `/api/v1/agent/tickets/${ticketId}/category`, agent, { category: 'configuration_request' });
    const seen = (await call('GET', `/api/v1/portal/tickets/${ticketId}/chargeability`, plain)).json();
    expect(seen).toMatchObject({ billable: true, ruleId: null, reasonKey: 'configuration_request_billable', needsEstimate: true, billableWorkAllowed: false, estimate: null });
    const refused = await call('POST', `/api/v1/agent/tickets/${ticketId}/time-entries`, agent, { workDate: '2026-11-18', activity: 'configuration', minutes: 7 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('ESTIMATE_NOT_APPROVED');
  });

  it('lets only the administrator approve the sent estimate in the portal; then a 7-minute entry is logged', async () => {
    const est = await call('POST', `/api/v1/agent/tickets/${ticketId}/estimates`, agent, { hours: 0.25, priceCents: 2_000, note: 'A quarter of an hour' });
    expect(est.statusCode).toBe(201);
    const id = est.json().id;
    expect((await call('GET', `/api/v1/portal/tickets/${ticketId}/estimates`, plain)).json().items).toEqual([]);
    expect((await call('POST', `/api/v1/agent/tickets/${ticketId}/estimates/${id}/send`, agent)).json()).toMatchObject({ status: 'sent' });
    expect((await call('GET', `/api/v1/portal/tickets/${ticketId}/estimates`, plain)).json().items).toHaveLength(1);
    const byPlain = await call('POST', `/api/v1/portal/tickets/${ticketId}/estimates/${id}/approve`, plain, {});
    expect([byPlain.statusCode, byPlain.json().error.code]).toEqual([403, 'NOT_CUSTOMER_ADMINISTRATOR']);
    expect((await call('POST', `/api/v1/portal/tickets/${ticketId}/estimates/${id}/approve`, admin, { note: 'OK' })).json()).toMatchObject({ status: 'approved', decisionChannel: 'portal' });
    expect((await call('GET', `/api/v1/portal/tickets/${ticketId}/chargeability`, plain)).json()).toMatchObject({ billableWorkAllowed: true, estimate: { status: 'approved' } });
    const entry = await call('POST', `/api/v1/agent/tickets/${ticketId}/time-entries`, agent, { workDate: '2026-11-18', activity: 'configuration', minutes: 7, note: 'Object type' });
    expect(entry.statusCode).toBe(201);
    expect(entry.json()).toMatchObject({ billable: true, minutes: 7, ruleId: 'R-B4' });
    expect((await call('GET', `/api/v1/agent/time-entries`, agent)).json()).toMatchObject({ minutes: 7, billableMinutes: 7 });
  });

  it('drafts and issues the invoice; the administrator lists it and downloads the PDF, others get 404 or nothing', async () => {
    const draft = await call('POST', '/api/v1/admin/invoices', manager, { customerId: w.customerId, periodStart: '2026-11-01', periodEnd: '2026-11-30' });
    expect(draft.statusCode).toBe(201);
    expect(draft.json().lines).toMatchObject([{ sourceType: 'ticket_time', sourceId: ticketId, quantity: 15, unit: 'minute', amountCents: 2_000 }]);
    invoiceId = draft.json().id;
    expect((await call('GET', `/api/v1/portal/invoices/${invoiceId}`, admin)).statusCode).toBe(404);
    const issued = await call('POST', `/api/v1/admin/invoices/${invoiceId}/issue`, manager, {});
    expect(issued.json()).toMatchObject({ status: 'issued', displayNumber: 'INV-000001', totalFormatted: '20,00\u00a0€' });
    expect((await call('GET', '/api/v1/portal/invoices', admin)).json()).toMatchObject({ total: 1, items: [{ id: invoiceId }] });
    expect((await call('GET', '/api/v1/portal/invoices', plain)).json()).toMatchObject({ total: 0, items: [] });
    expect((await call('GET', `/api/v1/portal/invoices/${invoiceId}/pdf`, plain)).statusCode).toBe(404);
    const pdf = await call('GET', `/api/v1/portal/invoices/${invoiceId}/pdf`, admin);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('INV-000001.pdf');
    const text = (await new PDFParse({ data: new Uint8Array(pdf.rawPayload) }).getText()).text.replace(/\u00a0/g, ' ');
    expect(text).toContain('Factura INV-000001');
    expect(text).toContain('#1000 New object type — Configuración 0,25 h 80,00 €/h 20,00 €');
    const csv = await call('GET', `/api/v1/portal/invoices/${invoiceId}/csv`, admin);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(',ticket_time,');
  });

  it('records pricing events over HTTP: activation preview, activation, renewals', async () => {
    const preview = await call('GET', '/api/v1/admin/billing/activation-preview?yearlyPriceCents=1200000&acceptanceDate=2026-10-01', manager);
    expect(preview.json()).toMatchObject({ months: 15, fraction: '15/12', amountCents: 1_500_000, periodEnd: '2027-12-31' });
    expect((await call('POST', `/api/v1/admin/contracts/${w.contractId}/activation`, manager, { acceptanceDate: '2026-05-01' })).json().error.code).toBe('PRICE_MISSING');
    await call('PATCH', `/api/v1/admin/contracts/${w.contractId}`, manager, { yearlyPriceCents: 1_200_000 });
    const act = await call('POST', `/api/v1/admin/contracts/${w.contractId}/activation`, manager, { acceptanceDate: '2026-05-01' });
    expect([act.statusCode, act.json().fraction, act.json().amountCents]).toEqual([201, '8/12', 800_000]);
    const renewals = await call('POST', '/api/v1/admin/billing/renewals', manager, { year: 2027 });
    expect(renewals.json().created).toMatchObject([{ contractId: w.contractId, amountCents: 1_200_000 }]);
    expect((await call('GET', `/api/v1/admin/contracts/${w.contractId}/charges`, manager)).json().items).toHaveLength(2);
  });

  it('documents every billing route in OpenAPI', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/v1/portal/tickets/{id}/chargeability', '/api/v1/agent/tickets/{id}/chargeability', '/api/v1/admin/invoices/{id}/credit-note', '/api/v1/portal/invoices/{id}/pdf', '/api/v1/admin/contracts/{id}/yearly-increase']) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
