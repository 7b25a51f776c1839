import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findContactRowByEmail, listAuthorizedInCapOrder } from '../../src/storage/contacts.queries.js';
import { createContact } from '../../src/usecases/contacts/create-contact.js';
import { createPlan } from '../../src/usecases/plans/create-plan.js';
import { createPlanVersion } from '../../src/usecases/plans/create-plan-version.js';
import { FIXTURE_MANAGER } from '../support/ticket-world.js';
import { hasChromium, launchBrowser, openSignedIn, SETUP_TIMEOUT } from './support/browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server.js';
import { ticketWorld } from './support/tickets.js';
import { labelled, tr } from './support/tr.js';

const t = (key: string, vars?: Record<string, string | number>) => tr('en', key, vars);

/**
 * Issue 12 item 3 (R-C2), in the browser: a manager moves a customer with 5 authorized contacts
 * to a plan capped at 3 and is asked who stays authorized (the earliest are proposed); saving
 * applies the choice with the change. Then the plan's cap is lowered by a new version: a contact
 * beyond it files in the support center and gets the polite refusal.
 */
describe.skipIf(!hasChromium)('e2e: the contact cap on a plan change and at intake', { timeout: 120_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  let world: Awaited<ReturnType<typeof ticketWorld>>;
  let manager: { email: string };
  let capped: { id: string; name: string };
  const extra: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    world = await ticketWorld(server, { lang: 'en' });
    for (const name of ['Dora Late', 'Egon Later']) {
      server.clock.set(new Date(server.clock.now().getTime() + 60_000));
      const email = `${name.split(' ')[0]!.toLowerCase()}-${Date.now()}@customer.test`;
      await createContact(server.deps, { actor: FIXTURE_MANAGER, customerId: world.customerId, email, name, isAuthorized: true, password: E2E_PASSWORD } as Parameters<typeof createContact>[1]);
      extra.push(email);
    }
    const year = server.clock.now().getUTCFullYear();
    const { plan } = await createPlan(server.deps, {
      actor: FIXTURE_MANAGER, code: `capped-${Date.now()}`, name: 'Capped Three', effectiveFrom: `${year}-01-01`,
      terms: { calendarId: world.calendarId, channels: ['portal'], maxAuthorizedContacts: 3, targets: { major: { response: { kind: 'business_days', days: 2, indicative: false } } } },
    });
    capped = { id: plan.id, name: plan.name };
    manager = await server.staff('manager');
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const as = (email: string, path: string) => openSignedIn(browser, server.url, email, E2E_PASSWORD, path);

  it('the manager moves the contract to a plan capped at 3 and chooses who stays authorized', async () => {
    const { page, done } = await as(manager.email, `/admin/contracts?customerId=${world.customerId}`);
    const row = page.getByTestId('contract-row').filter({ hasText: 'Customer' }).first();
    await row.getByRole('button', { name: t('common.edit') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(labelled(t('contracts.plan'))).click();
    await page.getByRole('option', { name: capped.name }).click();
    await dialog.getByRole('button', { name: t('common.save') }).click();
    const choice = dialog.getByTestId('cap-choice');
    await choice.getByText(t('contracts.capChoice.title', { cap: 3 })).waitFor();
    // 5 authorized contacts listed, the 3 earliest proposed: the two added last are not.
    expect(await choice.getByRole('checkbox').count()).toBe(5);
    expect(await choice.getByRole('checkbox', { name: /Dora Late/ }).isChecked()).toBe(false);
    expect(await choice.getByRole('checkbox', { name: /Egon Later/ }).isChecked()).toBe(false);
    await choice.getByText(t('contracts.capChoice.chosen', { n: 3, cap: 3 })).waitFor();
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('contract-row').filter({ hasText: capped.name }).first().waitFor();
    expect((await findContactRowByEmail(server.deps.db, extra[0]!))!.isAuthorized).toBe(false);
    expect((await findContactRowByEmail(server.deps.db, extra[1]!))!.isAuthorized).toBe(false);
    expect((await findContactRowByEmail(server.deps.db, world.contact.email))!.isAuthorized).toBe(true);
    await done();
  });

  it('a lowered cap refuses a contact beyond it in the support center, politely', async () => {
    await createPlanVersion(server.deps, { actor: FIXTURE_MANAGER, planId: capped.id, terms: { maxAuthorizedContacts: 2 } });
    // Three stay authorized (created at one instant, so ordered by id): the last of them is beyond a cap of 2.
    const order = await listAuthorizedInCapOrder(server.deps.db, world.customerId);
    expect(order).toHaveLength(3);
    const beyond = order[2]!;
    const tl = (key: string) => tr(beyond.locale, key); // the contact reads its own language
    const { page, done } = await as(beyond.email, '/support/tickets/new');
    await page.getByLabel(labelled(tl('portal.newTicket.subject'))).fill('Export stopped');
    await page.getByLabel(labelled(tl('portal.newTicket.body'))).fill('The nightly export stopped yesterday.');
    await page.getByTestId('severity-option').first().click();
    await page.getByRole('button', { name: tl('portal.newTicket.submit') }).click();
    const refusal = page.getByTestId('refusal');
    await refusal.getByText(tl('tickets.refusal.CONTACT_BEYOND_CAP.title')).waitFor();
    await refusal.getByText(tl('tickets.refusal.CONTACT_BEYOND_CAP.next')).waitFor();
    await done();
  });
});
