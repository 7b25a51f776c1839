import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/core/actor.js';
import { createCalendar } from '../../src/usecases/calendars/create-calendar.js';
import { createContact } from '../../src/usecases/contacts/create-contact.js';
import { createContract } from '../../src/usecases/contracts/create-contract.js';
import { createCustomer } from '../../src/usecases/customers/create-customer.js';
import { createPlan } from '../../src/usecases/plans/create-plan.js';
import { hasChromium, launchBrowser, SETUP_TIMEOUT, newPage, rawKeysOnPage, signIn } from './support/browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server.js';
import { labelled, tr } from './support/tr.js';

/**
 * The support center: a customer's administrator contact sees the contract
 * panel (plan, channels, allowance meter) and manages the authorized contacts
 * within the plan's cap (R-C2): over the cap the server's refusal is shown.
 */
describe.skipIf(!hasChromium)('e2e: support center (administrator contact)', { timeout: 60_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  const adminEmail = 'maria@kykladika.test';
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    const deps = server.deps;
    const nine = [['09:00', '17:00']] as [string, string][];
    const { calendar } = await createCalendar(deps, {
      actor: SYSTEM_ACTOR,
      code: 'athens',
      name: 'Athens 09–17',
      effectiveFrom: '2020-01-01',
      spec: { timeZone: 'Europe/Athens', weekly: { mon: nine, tue: nine, wed: nine, thu: nine, fri: nine, sat: [], sun: [] }, holidayCountry: 'GR' },
    });
    const { plan } = await createPlan(deps, {
      actor: SYSTEM_ACTOR,
      code: 'premium',
      name: 'Premium',
      effectiveFrom: '2020-01-01',
      terms: { calendarId: calendar.id, channels: ['email', 'portal'], maxAuthorizedContacts: 2, ticketsPerYear: 50 },
    });
    const customer = await createCustomer(deps, { actor: SYSTEM_ACTOR, code: 'kyk', name: 'Κυκλαδικά Μουσεία Α.Ε.', locale: 'el', timeZone: 'Europe/Athens' });
    await createContract(deps, { actor: SYSTEM_ACTOR, customerId: customer.id, planId: plan.id, startDate: '2020-01-01' });
    await createContact(deps, {
      actor: SYSTEM_ACTOR,
      customerId: customer.id,
      email: adminEmail,
      name: 'Μαρία Παπαδοπούλου',
      locale: 'el',
      timeZone: 'Europe/Athens',
      isAuthorized: true,
      isAdministrator: true,
      password: E2E_PASSWORD,
    });
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the contract panel and adds contacts up to the cap, in Greek', async () => {
    const t = (key: string, vars?: Record<string, string | number>) => tr('el', key, vars);
    const { page, context, problems } = await newPage(browser, { locale: 'el' });
    await signIn(page, server.url, adminEmail, E2E_PASSWORD);
    await page.waitForURL('**/support/overview');
    await page.getByTestId('portal-customer').getByText('Κυκλαδικά Μουσεία Α.Ε.').waitFor();
    const panel = page.getByTestId('portal-contract');
    await panel.getByRole('heading', { name: 'Premium' }).waitFor();
    await panel.getByText(t('plans.channels.portal')).waitFor();
    await page.getByTestId('allowance').getByText(t('portal.allowance.used', { used: 0, total: 50 })).waitFor();

    await page.getByRole('link', { name: t('nav.supportContacts') }).click();
    await page.getByTestId('contact-cap').getByText(t('contacts.capUsed', { n: 1, cap: 2 })).waitFor();
    const dialog = page.getByRole('dialog');
    const add = async (name: string, email: string) => {
      await page.getByRole('button', { name: t('contacts.new') }).click();
      await dialog.getByLabel(labelled(t('common.name'))).fill(name);
      await dialog.getByLabel(labelled(t('contacts.email'))).fill(email);
      await dialog.getByRole('button', { name: t('common.save') }).click();
    };
    await add('Νίκος Γεωργίου', 'nikos@kykladika.test');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('contact-cap').getByText(t('contacts.capUsed', { n: 2, cap: 2 })).waitFor();

    await add('Ελένη Ιωάννου', 'eleni@kykladika.test');
    await dialog.getByRole('alert').getByText(t('errors.CONTACT_CAP_REACHED')).waitFor();
    // Not authorized, the same person fits: only authorized contacts count against the cap.
    await dialog.getByLabel(t('contacts.authorized')).uncheck();
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('contact-row').count()).toBe(3);
    await page.getByTestId('contact-row').filter({ hasText: 'Ελένη Ιωάννου' }).getByText(t('contacts.notAuthorized')).filter({ visible: true }).waitFor();

    expect(await rawKeysOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
