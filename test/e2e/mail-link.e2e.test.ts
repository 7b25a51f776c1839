import { and, eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages } from '../../src/storage/schema/index.js';
import { linksIn, pageOfLink } from '../support/page-links.js';
import { hasChromium, launchBrowser, newPage, SETUP_TIMEOUT } from './support/browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server.js';
import { fileTicket, ticketWorld } from './support/tickets.js';

/**
 * Issue 13 item 7: the link in a captured mail (the acknowledgement's outbox
 * row) opens the ticket's page. Followed signed out, it asks the contact to
 * sign in and then lands on that ticket, not on "Page not found".
 */
describe.skipIf(!hasChromium)('e2e: a link in a mail opens the ticket', { timeout: 90_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the contact follows the acknowledgement\'s link, signs in and sees the ticket', async () => {
    const world = await ticketWorld(server, { lang: 'en', timeZone: 'Europe/London' });
    const subject = `Reports are empty ${Date.now()}`;
    const { id } = await fileTicket(server, world.contact.email, { subject, body: { text: 'Every report is empty since the update.' }, severity: 'major' });
    const [ack] = await server.deps.db.select().from(outboxMessages).where(and(eq(outboxMessages.ticketId, id), eq(outboxMessages.template, 'acknowledgement')));
    const [link] = linksIn(ack!.textBody);
    const publicUrl = server.deps.config.publicUrl;
    expect(pageOfLink(link!, publicUrl)).toBe('supportTicket');
    // The mail names the instance's PUBLIC_URL; this test server listens on a random port.
    const target = new URL(link!);
    const { page, context, problems } = await newPage(browser, { locale: 'en-GB' });
    await page.goto(`${server.url}${target.pathname}${target.search}`);
    await page.waitForURL('**/sign-in');
    await page.locator('input[type="email"]').fill(world.contact.email);
    await page.locator('input[type="password"]').fill(E2E_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();
    // Still there once the session settles: signing in used to send the contact home instead.
    expect(new URL(page.url()).pathname).toBe(`/support/tickets/${id}`);
    await page.getByTestId('conversation').getByText('Every report is empty since the update.').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
