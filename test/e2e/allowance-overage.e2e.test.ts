import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_MANAGER } from '../support/ticket-world.js';
import { findContactRowByEmail } from '../../src/storage/contacts.queries.js';
import { setContractTerms } from '../../src/usecases/billing/set-contract-terms.js';
import { createInvoiceDraft } from '../../src/usecases/billing/create-invoice-draft.js';
import { createTicketBundle } from '../../src/usecases/tickets/create-ticket-bundle.js';
import { registerTicket } from '../../src/usecases/tickets/register-ticket.js';
import { hasChromium, launchBrowser, openSignedIn, SETUP_TIMEOUT } from './support/browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server.js';
import { ticketWorld } from './support/tickets.js';
import { tr } from './support/tr.js';

const t = (key: string, vars?: Record<string, string | number>) => tr('en', key, vars);

/**
 * Issue 12 item 2 (R-P5), in the browser: a 2-ticket plan is used up, the third request is held,
 * the customer's administrator approves it as an extra ticket in the support center, then a
 * 2-ticket bundle is bought. The support center shows 2 left (not 1) and the one extra ticket;
 * the invoice bills the bundle and the extra ticket once each.
 */
describe.skipIf(!hasChromium)('e2e: a bundle bought after an overage ticket', { timeout: 120_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  let world: Awaited<ReturnType<typeof ticketWorld>>;
  let manager: { email: string };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    world = await ticketWorld(server, { lang: 'en', administrator: true, terms: { ticketsPerYear: 2, overageRule: 'hold' } });
    await setContractTerms(server.deps, { actor: FIXTURE_MANAGER, contractId: world.contractId, patch: { overageTicketPriceCents: 9000 } });
    const c = (await findContactRowByEmail(server.deps.db, world.contact.email))!;
    const actor = { kind: 'contact' as const, id: c.id, customerId: c.customerId, isAuthorized: true, isAdministrator: true, name: c.name, email: c.email, locale: c.locale, timeZone: c.timeZone };
    for (const subject of ['First', 'Second', 'Third, beyond the allowance']) {
      await registerTicket(server.deps, { actor, channel: 'portal', requesterId: c.id, subject, body: { text: 'x' }, severity: 'major' });
    }
    manager = await server.staff('manager');
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const as = (email: string, path: string) => openSignedIn(browser, server.url, email, E2E_PASSWORD, path);

  it('the administrator approves the held request as an extra ticket; a bundle then leaves all its tickets', async () => {
    const { page, done } = await as(world.contact.email, '/support/held');
    const held = page.getByTestId('held-request').filter({ hasText: 'Third, beyond the allowance' });
    await held.getByRole('button', { name: t('portal.held.approve') }).click();
    await page.getByRole('dialog').getByRole('button', { name: t('portal.held.approve') }).click();
    await page.waitForURL(/\/support\/tickets\/[0-9a-f-]{36}$/);

    await createTicketBundle(server.deps, { actor: FIXTURE_MANAGER, contractId: world.contractId, tickets: 2, priceCents: 15000 });
    await page.goto(`${server.url}/support/overview`);
    const meter = page.getByTestId('allowance');
    await meter.getByText(t('portal.allowance.left', { left: 2 })).waitFor();
    await meter.getByText(t('portal.allowance.used', { used: 2, total: 4 })).waitFor();
    await meter.getByTestId('allowance-overage').getByText(t('portal.allowance.overage', { n: 1 })).waitFor();
    await done();
  });

  it('the invoice bills the bundle and the extra ticket, once each', async () => {
    const year = server.clock.now().getUTCFullYear();
    const inv = await createInvoiceDraft(server.deps, { actor: FIXTURE_MANAGER, customerId: world.customerId, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` });
    const { page, done } = await as(manager.email, `/admin/invoices/${inv.id}`);
    const lines = page.getByTestId('invoice-line');
    await lines.first().waitFor();
    expect(await lines.count()).toBe(2);
    await lines.filter({ hasText: 'Third, beyond the allowance' }).waitFor();
    await done();
  });
});
