import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, newPage, rawKeysOnPage, SETUP_TIMEOUT, signIn } from './support/browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server.js';
import { apiGet, dueText, ticketWorld } from './support/tickets.js';
import { labelled, tr, type Lang } from './support/tr.js';

/**
 * Issue 6: the contact's journey (file a ticket, find it listed with its due
 * time, open it, reply) in Spanish and in Greek, every label read from that
 * language's resources, dates in the contact's locale and zone.
 */
describe.skipIf(!hasChromium)('e2e: the support center in Spanish and Greek', { timeout: 90_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each<[Lang, string, string]>([
    ['es', 'Europe/Madrid', 'La exportación de facturas falla'],
    ['el', 'Europe/Athens', 'Η εξαγωγή τιμολογίων αποτυγχάνει'],
  ])('in %s', async (lang, timeZone, subject) => {
    const t = (key: string, vars?: Record<string, string | number>) => tr(lang, key, vars);
    const world = await ticketWorld(server, { lang, timeZone });
    const { page, context, problems } = await newPage(browser, { locale: lang });
    await signIn(page, server.url, world.contact.email, E2E_PASSWORD);
    await page.waitForURL('**/support/overview');
    await page.getByRole('link', { name: t('nav.supportTickets') }).click();
    await page.getByRole('heading', { name: t('portal.tickets.title') }).waitFor();
    await page.getByText(t('portal.tickets.emptyTitle')).waitFor();
    await page.getByRole('link', { name: t('portal.tickets.new') }).first().click();

    await page.getByLabel(labelled(t('portal.newTicket.subject'))).fill(subject);
    await page.getByLabel(labelled(t('portal.newTicket.body'))).fill('—');
    await page.getByText(t('portal.newTicket.severityHint')).waitFor();
    await page.getByTestId('severity-option').first().click();
    await page.getByRole('button', { name: t('portal.newTicket.submit') }).click();
    await page.waitForURL(/\/support\/tickets\/[0-9a-f-]{36}$/);
    await page.getByText(t('tickets.conversation.description')).waitFor();
    const id = page.url().split('/').pop()!;
    const ticket = await apiGet<{ sla: { dueBy: string } }>(page, `/portal/tickets/${id}`);
    await page.getByTestId('sla-state').getByText(t('tickets.due.replyBy', { when: dueText(lang, ticket.sla.dueBy, timeZone) })).waitFor();

    await page.getByLabel(t('tickets.reply.title')).fill('+1');
    await page.getByRole('button', { name: t('tickets.reply.send') }).click();
    await page.getByText(t('tickets.reply.sent')).waitFor();
    await page.getByTestId('message').filter({ hasText: '+1' }).getByText(t('tickets.author.you')).waitFor();

    await page.getByRole('link', { name: t('portal.tickets.back') }).click();
    const row = page.getByTestId('ticket-row').filter({ hasText: subject });
    await row.getByText(t('tickets.due.by', { when: dueText(lang, ticket.sla.dueBy, timeZone) })).waitFor();
    await row.getByText(t('tickets.status.new')).waitFor();

    expect(await rawKeysOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
