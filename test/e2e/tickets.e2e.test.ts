import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, newPage, rawKeysOnPage, SETUP_TIMEOUT, signIn } from './support/browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server.js';
import { apiGet, dueText, fileTicket, ticketWorld } from './support/tickets.js';
import { labelled, tr } from './support/tr.js';

const t = (key: string, vars?: Record<string, string | number>) => tr('en', key, vars);

/**
 * Issue 6: a contact files a ticket in the support center and sees it listed
 * with "due by …" in their language and zone; an agent opens it from the
 * queue, answers it, and the response clock stops (met).
 */
describe.skipIf(!hasChromium)('e2e: a ticket from filing to first response', { timeout: 90_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  let world: Awaited<ReturnType<typeof ticketWorld>>;
  let firstAgent: { id: string; name: string };
  const subject = `Invoices export fails ${Date.now()}`;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    world = await ticketWorld(server, { lang: 'en', timeZone: 'Europe/London' });
    // Ten days old and unanswered: its 4 h response commitment is long breached.
    await fileTicket(server, world.contact.email, { subject: 'Old blocker nobody answered', body: { text: 'Down.' }, severity: 'blocker', at: new Date(Date.now() - 10 * 86_400_000) });
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the contact files a ticket and sees it with its due time', async () => {
    const { page, context, problems } = await newPage(browser, { locale: 'en-GB' });
    await signIn(page, server.url, world.contact.email, E2E_PASSWORD);
    await page.waitForURL('**/support/overview');
    await page.getByRole('link', { name: t('nav.supportTickets') }).click();
    await page.getByRole('link', { name: t('portal.tickets.new') }).first().click();

    await page.getByLabel(labelled(t('portal.newTicket.subject'))).fill(subject);
    await page.getByLabel(labelled(t('portal.newTicket.body'))).fill('Exporting invoices to CSV answers an error since this morning.');
    // Only the plan's severities are offered, each with its name.
    await expect.poll(() => page.getByTestId('severity-option').count()).toBe(4);
    await page.getByTestId('severity-option').filter({ hasText: 'Critical' }).click();
    await page.getByRole('button', { name: t('portal.newTicket.submit') }).click();

    await page.waitForURL(/\/support\/tickets\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();
    await page.getByTestId('conversation').getByText('Exporting invoices to CSV').waitFor();
    await page.getByTestId('sla-state').getByText(t('tickets.due.replyBy', { when: '' }).trim(), { exact: false }).waitFor();

    // Attach a file, then download it: served as an attachment, never rendered.
    await page.locator('input[type=file]').setInputFiles({ name: 'export-error.txt', mimeType: 'text/plain', buffer: Buffer.from('HTTP 504 at 90 %') });
    const link = page.getByTestId('attachments').getByRole('link', { name: 'export-error.txt' });
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    const download = await page.evaluate(async (h) => {
      const r = await fetch(h);
      return { status: r.status, disposition: r.headers.get('content-disposition'), nosniff: r.headers.get('x-content-type-options'), body: await r.text() };
    }, href);
    expect(download).toMatchObject({ status: 200, nosniff: 'nosniff', body: 'HTTP 504 at 90 %' });
    expect(download.disposition).toMatch(/^attachment;/);

    await page.getByRole('link', { name: t('portal.tickets.back') }).click();
    const row = page.getByTestId('ticket-row').filter({ hasText: subject });
    await row.waitFor();
    const list = await apiGet<{ items: { subject: string; dueBy: string }[] }>(page, '/portal/tickets');
    const due = list.items.find((i) => i.subject === subject)!.dueBy;
    // "Due by Monday 23 Nov, 17:00": the contact's language and zone (London), not the browser's (Madrid).
    await row.getByText(t('tickets.due.by', { when: dueText('en', due, 'Europe/London') })).waitFor();
    await row.getByText(t('tickets.status.new')).waitFor();

    // Search and the status filter narrow the list; the CSV link carries them.
    await page.getByPlaceholder(t('portal.tickets.searchPlaceholder')).fill('nothing-matches-this');
    await page.getByText(t('common.noMatches'), { exact: true }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: t('portal.tickets.export') }).getAttribute('href')).toContain('q=nothing-matches-this');
    expect(await rawKeysOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an agent opens it from the queue, replies, and the response clock is met', async () => {
    const agent = await server.staff('agent', { name: 'Marta Ferrer' });
    firstAgent = agent;
    const { page, context, problems } = await newPage(browser, { locale: 'en-GB' });
    await signIn(page, server.url, agent.email, E2E_PASSWORD);
    await page.waitForURL('**/console/queue');
    // The breached ticket comes first (nearest due), red and marked; the new one counts down calmly.
    const old = page.getByTestId('queue-row').first();
    await old.getByText('Old blocker nobody answered').waitFor();
    await old.getByText(t('tickets.countdown.overdue', { time: '' }).trim(), { exact: false }).waitFor();
    expect(await old.locator('[data-urgency]').getAttribute('data-urgency')).toBe('breached');
    await old.getByText(t('tickets.clockState.breached')).waitFor();
    const row = page.getByTestId('queue-row').filter({ hasText: subject });
    await row.waitFor();
    expect(await row.locator('[data-urgency]').getAttribute('data-urgency')).not.toBe('breached');
    await row.getByText(t('tickets.countdown.left', { time: '' }).trim(), { exact: false }).waitFor();
    await row.getByTestId('queue-ticket-link').click();
    await page.waitForURL(/\/console\/tickets\/[0-9a-f-]{36}$/);
    const response = page.getByTestId('clock-response');
    await response.getByTestId('clock-state').getByText(t('tickets.clockState.running')).waitFor();

    // r focuses the reply box (shortcuts never fire while typing).
    await page.locator('body').press('r');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reply-box');
    await page.keyboard.type('Thanks: could you send the error message you see? (r and n typed here stay text)');
    await expect.poll(() => page.getByTestId('reply-box').inputValue()).toContain('(r and n typed here stay text)');
    await page.getByRole('button', { name: t('tickets.reply.send') }).click();

    await response.getByTestId('clock-state').getByText(t('tickets.clockState.met')).waitFor();
    await page.getByTestId('ticket-status').getByText(t('tickets.status.open')).waitFor();
    await page.getByTestId('conversation').getByText('could you send the error message').waitFor();

    // An internal note is visibly distinct and never reaches the contact.
    await page.locator('body').press('n');
    await page.getByTestId('note-box').fill('Customer on an old release; check the export module.');
    await page.getByRole('button', { name: t('tickets.note.add') }).click();
    await page.getByTestId('note').getByText('check the export module').waitFor();
    await page.getByTestId('note').getByText(t('tickets.conversation.internalNote')).waitFor();

    // The SLA panel explains the due time: calendar version and counted intervals.
    await page.getByTestId('clock-resolution').getByRole('button', { name: t('tickets.sla.explain') }).click();
    const explanation = page.getByTestId('clock-resolution').getByTestId('clock-explanation');
    // Calendar versions are those whose hours were counted so far (none yet on a weekend).
    await explanation.getByText(t('tickets.sla.planAndCalendar', { plan: 1, versions: '' }).trim(), { exact: false }).waitFor();
    await explanation.getByText(t('tickets.sla.counted', { n: '' }).split('(')[0]!.trim(), { exact: false }).waitFor();

    expect(await rawKeysOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('another plain agent sees the first by name, hands the ticket to her, and filters the queue by her', async () => {
    const agent = await server.staff('agent', { name: 'Jordi Puig' });
    const { page, context, problems } = await newPage(browser, { locale: 'en-GB' });
    await signIn(page, server.url, agent.email, E2E_PASSWORD);
    await page.waitForURL('**/console/queue');
    await page.getByTestId('queue-row').filter({ hasText: subject }).getByTestId('queue-ticket-link').click();
    await page.waitForURL(/\/console\/tickets\/[0-9a-f-]{36}$/);
    // The staff directory names colleagues for every agent, not only for managers.
    await page.getByTestId('conversation').getByText(firstAgent.name).first().waitFor();

    const assignee = page.getByTestId('change-assignee').getByLabel(t('tickets.fields.assignee'));
    await assignee.click();
    await page.getByRole('option', { name: firstAgent.name, exact: true }).click();
    await page.getByText(t('tickets.assignee.assignedTo', { name: firstAgent.name })).waitFor();

    await page.getByRole('link', { name: t('tickets.backToQueue') }).click();
    await page.waitForURL('**/console/queue**');
    const filter = page.getByTestId('queue-assignee-person');
    await filter.click();
    await filter.fill('Marta');
    await page.getByRole('option', { name: firstAgent.name, exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('assignee')).toBe(firstAgent.id);
    const rows = page.getByTestId('queue-row');
    await rows.filter({ hasText: subject }).waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByText(firstAgent.name).waitFor();

    expect(await rawKeysOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
