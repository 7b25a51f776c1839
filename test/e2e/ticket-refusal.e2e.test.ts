import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, newPage, rawKeysOnPage, SETUP_TIMEOUT, signIn } from './support/browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server.js';
import { ticketWorld } from './support/tickets.js';
import { labelled, tr } from './support/tr.js';

const t = (key: string, vars?: Record<string, string | number>) => tr('en', key, vars);

/**
 * Issue 6 / R-P5: a contact over the allowance (plan with overage "hold") sees
 * the refusal with the server's message and what to do; as the customer's
 * administrator, follows the link to the held requests and approves it as a
 * billable extra, which files the ticket.
 */
describe.skipIf(!hasChromium)('e2e: a contact over the allowance', { timeout: 90_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  let world: Awaited<ReturnType<typeof ticketWorld>>;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    world = await ticketWorld(server, { lang: 'en', administrator: true, terms: { ticketsPerYear: 0, overageRule: 'hold' } });
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sees the refusal and what to do, then approves the held request', async () => {
    const { page, context, problems } = await newPage(browser, { locale: 'en-GB' });
    await signIn(page, server.url, world.contact.email, E2E_PASSWORD);
    await page.waitForURL('**/support/overview');
    await page.goto(`${server.url}/support/tickets/new`);
    // Warned before filing: no tickets left, and what happens then.
    await page.getByTestId('allowance-warning').getByText(t('portal.allowance.exhaustedHold')).waitFor();

    await page.getByLabel(labelled(t('portal.newTicket.subject'))).fill('Printer driver question');
    await page.getByLabel(labelled(t('portal.newTicket.body'))).fill('Which driver do we need for the new scanners?');
    await page.getByTestId('severity-option').filter({ hasText: 'Trivial' }).click();
    await page.getByRole('button', { name: t('portal.newTicket.submit') }).click();

    const refusal = page.getByTestId('refusal');
    await refusal.getByText(t('tickets.refusal.ALLOWANCE_EXHAUSTED.title')).waitFor();
    expect((await refusal.getByTestId('refusal-message').innerText()).length).toBeGreaterThan(10);
    await refusal.getByText(t('tickets.refusal.held')).waitFor();
    await refusal.getByText(t('tickets.refusal.ALLOWANCE_EXHAUSTED.next')).waitFor();
    expect(page.url()).toMatch(/\/support\/tickets\/new$/);

    await refusal.getByRole('link', { name: t('tickets.refusal.heldAdmin') }).click();
    await page.waitForURL('**/support/held');
    const held = page.getByTestId('held-request').filter({ hasText: 'Printer driver question' });
    await held.waitFor();
    await held.getByRole('button', { name: t('portal.held.approve') }).click();
    await page.getByRole('dialog').getByRole('button', { name: t('portal.held.approve') }).click();
    await page.waitForURL(/\/support\/tickets\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: /Printer driver question/ }).waitFor();
    await page.getByText(t('tickets.fields.overage')).waitFor();

    expect(await rawKeysOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
