import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProductsPreset } from '../../src/usecases/maintenance/import-products-preset.js';
import { createProduct } from '../../src/usecases/products/create-product.js';
import { setInstalledVersion } from '../../src/usecases/products/installed-versions.js';
import { FIXTURE_MANAGER } from '../support/ticket-world.js';
import { hasChromium, launchBrowser, newPage, rawKeysOnPage, SETUP_TIMEOUT, signIn } from './support/browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server.js';
import { ticketWorld } from './support/tickets.js';
import { labelled, tr } from './support/tr.js';

const en = (key: string, vars?: Record<string, string | number>) => tr('en', key, vars);
const es = (key: string, vars?: Record<string, string | number>) => tr('es', key, vars);

/** Picks an option of a Mantine Select in the open dialog by typing into it. */
async function choose(page: Page, label: string, search: string, option: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel(labelled(label));
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** 'YYYY-MM-DDTHH:mm' in Europe/Madrid, `days` from now at 10:00. */
function madridWall(from: Date, days: number): string {
  const d = new Date(from.getTime() + days * 86_400_000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  return `${day}T10:00`;
}

/**
 * Issue 8 browser journey: a manager schedules an API change too late and is
 * refused (with the earliest allowed start), then in time; the customer's
 * Spanish contact sees it in the support center. A release is published and
 * the contact reads its notes in Spanish.
 */
describe.skipIf(!hasChromium)('e2e: maintenance notices and release notes', { timeout: 90_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  let world: Awaited<ReturnType<typeof ticketWorld>>;
  let manager: { email: string };
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    await importProductsPreset(server.deps, { actor: FIXTURE_MANAGER, name: 'athento' });
    const product = await createProduct(server.deps, { actor: FIXTURE_MANAGER, code: 'athento', name: 'Athento', kind: 'product', schemeCode: 'major-minor' });
    world = await ticketWorld(server, { lang: 'es' });
    await setInstalledVersion(server.deps, { actor: FIXTURE_MANAGER, customerId: world.customerId, productId: product.id, version: '4.11' });
    manager = await server.staff('manager', { locale: 'en' });
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an API change too late is refused, then scheduled in time; a release is published; the Spanish contact sees both', async () => {
    const { page, context, problems } = await newPage(browser, { locale: 'en' });
    await signIn(page, server.url, manager.email, E2E_PASSWORD);
    await page.getByRole('heading', { name: en('queue.title') }).waitFor();

    // Maintenance: an API change (15 working days' notice) three days from now.
    await page.getByRole('link', { name: en('nav.maintenance') }).click();
    await page.getByRole('heading', { name: en('maintenance.title') }).waitFor();
    await page.getByRole('button', { name: en('maintenance.schedule.open') }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, en('maintenance.schedule.type'), 'API', 'Changes in the API');
    await dialog.getByText(en('maintenance.schedule.typeRule', { rule: en('maintenance.rule.workingDays', { n: 15 }) })).waitFor();
    await dialog.getByLabel(labelled(en('maintenance.schedule.titleIn', { lang: en('maintenance.lang.en') }))).fill('API v2: the search endpoint changes');
    await dialog.getByRole('tab', { name: en('maintenance.lang.es') }).click();
    await dialog.getByLabel(en('maintenance.schedule.titleIn', { lang: en('maintenance.lang.es') })).fill('API v2: cambia el endpoint de búsqueda');
    await dialog.getByLabel(labelled(en('maintenance.schedule.startsAt'))).fill(madridWall(server.clock.now(), 3));
    // The notices are computed before saving: too late, with the earliest allowed start.
    const preview = page.getByTestId('maintenance-preview');
    await preview.getByText(en('maintenance.notice.announce')).waitFor();
    await preview.getByText(/Too late: the earliest allowed start is/).waitFor();
    await dialog.getByRole('button', { name: en('maintenance.schedule.submit'), exact: true }).click();
    const refusal = page.getByTestId('notice-refusal');
    await refusal.getByText(en('errors.NOTICE_PERIOD_TOO_SHORT')).waitFor();
    await refusal.getByText(/The earliest allowed start is/).waitFor();
    // Moved to the earliest allowed start, it is accepted without an override.
    await refusal.getByRole('button', { name: en('maintenance.refusal.useEarliest') }).click();
    await expect.poll(() => preview.getByText(/Too late/).count()).toBe(0);
    await dialog.getByRole('button', { name: en('maintenance.schedule.submit'), exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('maintenance-row').filter({ hasText: 'API v2: the search endpoint changes' }).waitFor();
    await page.getByTestId('maintenance-detail').getByText(en('maintenance.notice.announce')).waitFor();

    // A release with notes in English and Spanish, previewed as the server renders them, then published.
    await page.getByRole('link', { name: en('nav.releases') }).click();
    await page.getByRole('button', { name: en('releases.new') }).click();
    await choose(page, en('releases.product'), 'Athento', 'Athento (athento)');
    await dialog.getByLabel(labelled(en('releases.version'))).fill('4.12');
    await dialog.getByLabel(en('releases.notesIn', { lang: en('maintenance.lang.en') })).fill("## What's new\n\n- Faster search");
    await dialog.getByRole('tab', { name: en('maintenance.lang.es') }).click();
    await dialog.getByLabel(en('releases.notesIn', { lang: en('maintenance.lang.es') })).fill('## Novedades\n\n- Búsqueda más rápida\n\n<script>window.__x = 1</script>');
    await dialog.getByRole('button', { name: en('releases.saveDraft') }).click();
    await dialog.getByRole('tab', { name: en('releases.preview') }).click();
    await page.getByTestId('release-preview').getByRole('heading', { name: 'Novedades' }).waitFor();
    await dialog.getByRole('button', { name: en('common.done') }).click();
    const row = page.getByTestId('release-row').filter({ hasText: 'Athento 4.12' });
    await row.getByRole('button', { name: en('releases.publish') }).click();
    await page.getByRole('dialog').getByRole('button', { name: en('releases.publish') }).click();
    await row.getByText(/^Published/).waitFor();
    expect(await rawKeysOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();

    // The Spanish contact: the maintenance window and the notes in Spanish.
    const contact = await newPage(browser, { locale: 'es' });
    await signIn(contact.page, server.url, world.contact.email, E2E_PASSWORD);
    await contact.page.getByRole('link', { name: es('nav.supportUpdates') }).click();
    await contact.page.getByRole('heading', { name: es('updates.title') }).waitFor();
    await contact.page.getByTestId('portal-maintenance').filter({ hasText: 'API v2: cambia el endpoint de búsqueda' }).getByText('Cambios en la API').waitFor();
    await contact.page.getByRole('tab', { name: es('updates.tabs.releases') }).click();
    const notes = contact.page.getByTestId('portal-release').filter({ hasText: 'Athento 4.12' });
    await notes.getByRole('heading', { name: 'Novedades' }).waitFor();
    await notes.getByText('Búsqueda más rápida').waitFor();
    expect(await notes.getByText('Faster search').count()).toBe(0);
    expect(await contact.page.evaluate(() => (window as { __x?: number }).__x)).toBeUndefined();
    expect(await rawKeysOnPage(contact.page)).toEqual([]);
    expect(contact.problems).toEqual([]);
    await contact.context.close();
  });
});
