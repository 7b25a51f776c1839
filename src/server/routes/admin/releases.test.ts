import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { createProductsWorld, mailTo, type ProductsWorld } from '../../../../test/support/products-world.js';

/**
 * R-V1..R-V4, R-V6 over HTTP: products with a version line in a scheme,
 * versions validated and ordered numerically, releases with sanitised notes
 * per language, publication emailing the authorized contacts of customers
 * running the product in their language, the portal showing the notes, and
 * a hotfix for one customer invisible (404) to the others.
 */
describe.each(ENGINES)('products and releases on %s', (engine) => {
  let t: TestApp;
  let w: ProductsWorld;
  let productId: string;
  let contactA: AuthHeaders;
  let contactB: AuthHeaders;
  const post = (url: string, payload: unknown) => t.app.inject({ method: 'POST', url, headers: w.manager, payload: payload as object });
  const release = async (version: string, extra: Record<string, unknown> = {}) => (await post('/api/v1/admin/releases', { productId, version, kind: 'minor', notes: { en: 'Fixes.' }, ...extra })).json();

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await createProductsWorld(t);
    await w.at('2026-11-20T10:00:00Z');
    productId = (await post('/api/v1/admin/products', { code: 'athento', name: 'Athento', kind: 'product', schemeCode: 'major-minor' })).json().id;
    await t.app.inject({ method: 'PUT', url: `/api/v1/admin/customers/${w.a.customerId}/installed-versions/${productId}`, headers: w.manager, payload: { version: '4.9' } });
    contactA = await t.login(w.a.authorized.email);
    contactB = await t.login(w.b.authorized.email);
  });
  afterAll(() => t.close());

  it('refuses versions that do not fit the scheme with INVALID_VERSION and orders versions numerically (R-V2)', async () => {
    const bad = await post('/api/v1/admin/releases', { productId, version: '4.9.1', kind: 'minor' });
    expect([bad.statusCode, bad.json().error.code, bad.json().error.details]).toEqual([400, 'INVALID_VERSION', { scheme: 'major-minor', expected: 'major.minor', example: '4.12', value: '4.9.1' }]);
    const put = await t.app.inject({ method: 'PUT', url: `/api/v1/admin/customers/${w.a.customerId}/installed-versions/${productId}`, headers: w.manager, payload: { version: '4.09' } });
    expect([put.statusCode, put.json().error.code]).toEqual([400, 'INVALID_VERSION']);
    const altanet = await post('/api/v1/admin/version-schemes/altanet-four-part/check', { version: '5.1.2' });
    expect(altanet.json().error.details.expected).toBe('platform-major.platform-minor.module-version.module-upgrade');
    expect((await post('/api/v1/admin/version-schemes/altanet-four-part/check', { version: '5.1.2.10' })).json().parts.map((p: { value: number }) => p.value)).toEqual([5, 1, 2, 10]);
    for (const v of ['4.10', '4.2', '4.9']) await release(v);
    expect((await post('/api/v1/admin/releases', { productId, version: '4.10', kind: 'minor' })).json().error.code).toBe('CONFLICT');
    const listed = (await t.app.inject({ method: 'GET', url: `/api/v1/admin/releases?productId=${productId}`, headers: w.manager })).json();
    expect(listed.items.map((r: { version: string }) => r.version)).toEqual(['4.10', '4.9', '4.2']);
  });

  it('publishes a release: the authorized contacts of customers running the product get the notes in their language (R-V4, R-V6)', async () => {
    const r = await release('5.0', { kind: 'major', notes: { en: '# Athento 5\n\n**New** viewer.', es: '# Athento 5\n\nVisor **nuevo**.<img src=x onerror=alert(1)><script>steal()</script>' } });
    expect(r.notes.es.html).not.toMatch(/script|onerror|<img/);
    expect(r.notes.es.html).toContain('<strong>nuevo</strong>');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/portal/releases/${r.id}`, headers: contactA })).statusCode).toBe(404); // a draft
    const pub = (await post(`/api/v1/admin/releases/${r.id}/publish`, {})).json();
    expect(pub).toMatchObject({ notified: 2, release: { status: 'published', releasedOn: '2026-11-20' } });
    const es = await mailTo(t, w.a.authorized.id, 'release_published');
    expect(es.map((m) => m.subject)).toEqual(['Nueva versión mayor: Athento 5.0']);
    expect(es[0]!.htmlBody).toContain('Visor <strong>nuevo</strong>');
    const en = await mailTo(t, w.a.admin.id, 'release_published');
    expect([en[0]!.subject, en[0]!.textBody.includes('New viewer')]).toEqual(['New major version: Athento 5.0', true]);
    expect(await mailTo(t, w.a.unauthorized.id, 'release_published')).toHaveLength(0);
    expect(await mailTo(t, w.b.authorized.id, 'release_published')).toHaveLength(0); // B does not run Athento

    const seen = (await t.app.inject({ method: 'GET', url: `/api/v1/portal/releases/${r.id}`, headers: contactA })).json();
    expect(seen).toMatchObject({ version: '5.0', kind: 'major', privateHotfix: false, notes: { locale: 'es' }, availableLocales: ['en', 'es'] });
    expect(seen.notes.html).toContain('Visor <strong>nuevo</strong>');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/portal/releases/${r.id}?lang=en`, headers: contactA })).json().notes.locale).toBe('en');
    const bAdmin = await t.login(w.b.admin.email); // reads Greek: no Greek notes, so English
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/portal/releases/${r.id}`, headers: bAdmin })).json().notes.locale).toBe('en');

    expect((await post(`/api/v1/admin/releases/${r.id}/publish`, {})).json().error.code).toBe('RELEASE_ALREADY_PUBLISHED');
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/releases/${r.id}`, headers: w.manager, payload: { version: '5.1' } });
    expect([patch.statusCode, patch.json().error.code]).toEqual([409, 'RELEASE_ALREADY_PUBLISHED']);
    const notes = await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/releases/${r.id}`, headers: w.manager, payload: { notes: { en: 'Corrected.', el: 'Διορθώθηκε.' } } });
    expect(Object.keys(notes.json().notes).sort()).toEqual(['el', 'en']);
  });

  it('refuses to publish a minor or major release without notes (R-V4)', async () => {
    const r = await release('5.1', { notes: {} });
    const res = await post(`/api/v1/admin/releases/${r.id}/publish`, {});
    expect([res.statusCode, res.json().error.details[0].path]).toEqual([400, 'notes']);
  });

  it('keeps a hotfix for one customer invisible to the others (R-V3)', async () => {
    const bad = await post('/api/v1/admin/releases', { productId, version: '5.2', kind: 'minor', customerId: w.a.customerId });
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const hotfix = await release('5.3', { kind: 'hotfix', customerId: w.a.customerId, notes: { en: 'Zebra fix for A' } });
    expect((await post(`/api/v1/admin/releases/${hotfix.id}/publish`, {})).json().notified).toBe(2);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/portal/releases/${hotfix.id}`, headers: contactA })).json().privateHotfix).toBe(true);
    const other = await t.app.inject({ method: 'GET', url: `/api/v1/portal/releases/${hotfix.id}`, headers: contactB });
    expect([other.statusCode, other.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const listB = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/releases', headers: contactB })).body;
    expect(listB).not.toContain('Zebra');
    expect(listB).toContain('"version":"5.0"');
    const listA = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/releases', headers: contactA })).json();
    expect(listA.items.map((x: { version: string }) => x.version)).toContain('5.3');
  });

  it('records installed versions per customer and shows them with end of life in the portal (R-V6, R-V5)', async () => {
    const module = (await post('/api/v1/admin/products', { code: 'athento-ocr', name: 'OCR', kind: 'module', parentId: productId, schemeCode: 'major-minor' })).json();
    expect((await post('/api/v1/admin/products', { code: 'orphan', name: 'Orphan', kind: 'module', schemeCode: 'major-minor' })).json().error.details[0].path).toBe('parentId');
    await t.app.inject({ method: 'PUT', url: `/api/v1/admin/customers/${w.a.customerId}/installed-versions/${module.id}`, headers: w.manager, payload: { version: '1.0', installedOn: '2026-10-01' } });
    const mine = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/installed-versions', headers: contactA })).json();
    const athento = mine.items.find((i: { product: { code: string } }) => i.product.code === 'athento');
    expect(athento).toMatchObject({ version: '4.9', latestVersion: '5.0', upgradeToLatest: { outcome: 'not_covered', level: 'major' } });
    expect(mine.items.map((i: { product: { code: string } }) => i.product.code)).toEqual(['athento', 'athento-ocr']); // by product name: Athento, OCR
    const who = (await t.app.inject({ method: 'GET', url: `/api/v1/admin/products/${productId}/installations`, headers: w.manager })).json();
    expect(who.items.map((i: { customer: { id: string }; version: string }) => [i.customer.id, i.version])).toEqual([[w.a.customerId, '4.9']]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/portal/installed-versions', headers: contactB })).json().items).toEqual([]);
  });
});
