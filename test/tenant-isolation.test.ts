import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { manualClock } from '../src/core/clock.js';
import { buildApp } from '../src/server/app.js';
import { fileBlobStore } from '../src/storage/blob-store.js';
import { createTestApp, TEST_NOW, type AuthHeaders, type TestApp } from './support/app.js';
import { createTestStorage, ENGINES } from './support/engines.js';
import { createTicketWorld, type TicketWorld } from './support/ticket-world.js';
import { SYSTEM_ACTOR } from '../src/core/actor.js';
import { updateContract } from '../src/usecases/contracts/update-contract.js';
import { createInvoiceDraft } from '../src/usecases/billing/create-invoice-draft.js';
import { issueInvoice } from '../src/usecases/billing/issue-invoice.js';
import { recordRetroactiveActivation } from '../src/usecases/billing/record-activation.js';

const MULTIPART = '--B1\r\nContent-Disposition: form-data; name="file"; filename="b.txt"\r\n\r\nfrom B\r\n--B1--\r\n';

interface RouteInfo {
  method: string;
  url: string;
  access: unknown;
}

async function contactRoutes(): Promise<RouteInfo[]> {
  const s = await createTestStorage('pglite');
  const routes: RouteInfo[] = [];
  const app = await buildApp(
    { storage: s.storage, db: s.storage.db, clock: manualClock(TEST_NOW), config: parseConfig({}), secretKey: 'k'.repeat(40), blobs: fileBlobStore('/tmp/cd-iso') },
    { onRoute: (r) => [r.method].flat().forEach((m) => routes.push({ method: m, url: r.url, access: r.access })) },
  );
  await app.ready();
  await app.close();
  await s.dispose();
  return routes.filter((r) => r.method !== 'HEAD' && Array.isArray(r.access) && (r.access as string[]).includes('contact'));
}

/**
 * Tenant isolation sweep (RULES §1): for every route a contact can call that
 * takes an id, a contact of customer B asking for customer A's object gets
 * 404, exactly as for a missing id; and lists, counts, searches and exports
 * return nothing of A.
 */
describe.each(ENGINES)('tenant isolation on %s', (engine) => {
  let t: TestApp;
  let a: TicketWorld;
  let b: TicketWorld;
  let bAdmin: AuthHeaders;
  const ids: Record<string, string> = {};
  let routes: RouteInfo[];
  beforeAll(async () => {
    routes = await contactRoutes();
    t = await createTestApp(engine);
    t.clock.set('2026-11-18T10:00:00Z');
    a = await createTicketWorld(t.deps, { terms: { ticketsPerYear: 1, overageRule: 'hold' } });
    b = await createTicketWorld(t.deps);
    const aContact = await t.login(a.admin.email);
    bAdmin = await t.login(b.admin.email);
    const ticket = (await t.app.inject({ method: 'POST', url: '/api/v1/portal/tickets', headers: aContact, payload: { subject: 'ZebraSecretSubject', body: 'ZebraSecretBody', severity: 'major' } })).json();
    ids.ticket = ticket.id;
    const held = (await t.app.inject({ method: 'POST', url: '/api/v1/portal/tickets', headers: aContact, payload: { subject: 'ZebraHeld', body: 'x', severity: 'major' } })).json();
    ids.held = held.error.details.unentitledRequestId;
    const boundary = 'B0';
    const up = await t.app.inject({
      method: 'POST', url: `/api/v1/portal/tickets/${ids.ticket}/attachments`,
      headers: { ...aContact, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nZebra\r\n--${boundary}--\r\n`,
    });
    ids.attachment = up.json().id;
    ids.contact = a.authorized.id;
    ids.contract = a.contractId;
    // Issue 8: A's installed product, a hotfix for A only, a maintenance operation and an announcement for A only.
    const manager = await t.staff('manager');
    const admin = async (method: 'POST' | 'PUT', url: string, payload: object) => (await t.app.inject({ method, url, headers: manager, payload })).json();
    await admin('POST', '/api/v1/admin/product-presets/athento/import', {});
    ids.product = (await admin('POST', '/api/v1/admin/products', { code: 'iso-product', name: 'Iso product', kind: 'product', schemeCode: 'major-minor' })).id;
    await admin('PUT', `/api/v1/admin/customers/${a.customerId}/installed-versions/${ids.product}`, { version: '1.0' });
    ids.release = (await admin('POST', '/api/v1/admin/releases', { productId: ids.product, version: '1.1', kind: 'hotfix', customerId: a.customerId, notes: { en: 'ZebraSecretNotes' } })).id;
    await admin('POST', `/api/v1/admin/releases/${ids.release}/publish`, {});
    const types = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/maintenance-types', headers: manager })).json().items as { code: string; id: string }[];
    const minor = types.find((x) => x.code === 'minor-version-update')!.id;
    ids.maintenance = (await admin('POST', '/api/v1/admin/maintenance', { typeId: minor, titles: { en: 'ZebraSecretMaintenance' }, startsAt: '2026-12-01T08:00:00Z', audience: 'customers', customerIds: [a.customerId] })).id;
    ids.announcement = (await admin('POST', '/api/v1/admin/announcements', { kind: 'policy', titles: { en: 'ZebraSecretAnnouncement' }, bodies: { en: 'Zebra' }, audience: 'customers', customerIds: [a.customerId] })).id;
    // An issued invoice of A (R-B8): portal invoice routes must answer B with 404.
    await updateContract(t.deps, { actor: SYSTEM_ACTOR, id: a.contractId, yearlyPriceCents: 100_000 });
    await recordRetroactiveActivation(t.deps, { actor: SYSTEM_ACTOR, contractId: a.contractId, year: 2026 });
    const draft = await createInvoiceDraft(t.deps, { actor: SYSTEM_ACTOR, customerId: a.customerId, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    ids.invoice = (await issueInvoice(t.deps, { actor: SYSTEM_ACTOR, invoiceId: draft.id })).id;
  });
  afterAll(() => t.close());

  const idFor = (url: string, name: string): string => {
    if (name === 'attachmentId') return ids.attachment!;
    if (url.includes('/tickets/')) return ids.ticket!;
    if (url.includes('/held-requests/')) return ids.held!;
    if (url.includes('/contacts/')) return ids.contact!;
    if (url.includes('/contracts/')) return ids.contract!;
    if (url.includes('/releases/')) return ids.release!;
    if (url.includes('/maintenance/')) return ids.maintenance!;
    if (url.includes('/announcements/')) return ids.announcement!;
    if (url.includes('/installed-versions/')) return ids.product!;
    if (url.includes('/invoices/')) return ids.invoice!;
    throw new Error(`no fixture id for ${url}`);
  };

  it('answers 404 to another customer\'s contact on every contact route that takes an id', async () => {
    const withId = routes.filter((r) => r.url.includes(':'));
    expect(withId.length).toBeGreaterThanOrEqual(8);
    const leaks: string[] = [];
    for (const r of withId) {
      const url = r.url.replace(/:([A-Za-z]+)/g, (_m, name: string) => idFor(r.url, name));
      const upload = r.url.endsWith('/attachments');
      const payload = r.method === 'GET' ? undefined : upload ? MULTIPART : r.url.endsWith('/replies') ? { body: 'x' } : {};
      const headers = upload ? { ...bAdmin, 'content-type': 'multipart/form-data; boundary=B1' } : bAdmin;
      const res = await t.app.inject({ method: r.method as 'GET', url, headers, payload });
      const missing = await t.app.inject({ method: r.method as 'GET', url: url.replace(/[0-9a-f-]{36}/, '00000000-0000-4000-8000-000000000000'), headers, payload });
      if (res.statusCode !== 404 || res.json().error.code !== 'NOT_FOUND' || missing.statusCode !== res.statusCode) leaks.push(`${r.method} ${r.url} → ${res.statusCode}/${missing.statusCode}`);
      if (res.body.includes('Zebra')) leaks.push(`${r.method} ${r.url} leaked content`);
    }
    expect(leaks).toEqual([]);
  });

  it('returns nothing of another customer in lists, counts, searches and exports', async () => {
    const listRoutes = routes.filter((r) => r.method === 'GET' && !r.url.includes(':'));
    expect(listRoutes.map((r) => r.url)).toEqual(expect.arrayContaining(['/api/v1/portal/tickets', '/api/v1/portal/tickets/export.csv', '/api/v1/portal/held-requests']));
    for (const r of listRoutes) {
      const queries = r.url.startsWith('/api/v1/portal/tickets') ? ['', '?q=ZebraSecretSubject', '?q=ZebraSecretBody'] : [''];
      for (const q of queries) {
        const res = await t.app.inject({ method: 'GET', url: `${r.url}${q}`, headers: bAdmin });
        expect(res.statusCode, r.url).toBeLessThan(400);
        expect(res.body, `${r.url}${q}`).not.toContain('Zebra');
        expect(res.body, `${r.url}${q}`).not.toContain(ids.ticket!);
      }
    }
    const count = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/tickets?q=ZebraSecretSubject', headers: bAdmin })).json();
    expect(count.total).toBe(0);
  });
});
