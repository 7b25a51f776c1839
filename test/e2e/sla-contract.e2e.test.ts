import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, newPage, rawKeysOnPage, SETUP_TIMEOUT, signIn } from './support/browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server.js';
import { apiGet, dueText, fileTicket, ticketWorld } from './support/tickets.js';
import { tr } from './support/tr.js';

const t = (key: string, vars?: Record<string, string | number>) => tr('en', key, vars);
const weekdays = (from: string, to: string) => {
  const d: Array<[string, string]> = [[from, to]];
  return { mon: d, tue: d, wed: d, thu: d, fri: d, sat: [], sun: [] };
};
const H = (h: number) => ({ kind: 'business_minutes' as const, minutes: h * 60, indicative: false });

/** The last Friday at 16:00 Madrid before `now` (at least a day ago), as an instant. */
function lastFriday1600Madrid(now: Date): Date {
  for (let back = 1; back <= 8; back++) {
    const d = new Date(now.getTime() - back * 86_400_000);
    const day = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Madrid', weekday: 'short' }).format(d);
    if (day !== 'Fri') continue;
    const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
    // 16:00 Madrid: try both offsets and keep the one that reads 16:00 in Madrid.
    for (const off of ['+01:00', '+02:00']) {
      const at = new Date(`${ymd}T16:00:00${off}`);
      const hm = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Madrid', hour: '2-digit', minute: '2-digit' }).format(at);
      if (hm === '16:00') return at;
    }
  }
  throw new Error('no Friday found');
}

/**
 * Issue 12 items 6 and 1: an Enterprise Blocker (4 h, 08–20) filed Friday 16:00 is shown due
 * Friday 20:00, not Monday 08:00 (R-T5); a contact on a plan with no SLA targets (Altanet Entry)
 * files a ticket and sees "no commitment", and the console shows no commitment (R-S1).
 */
describe.skipIf(!hasChromium)('e2e: due at closing time, and plans with no commitment', { timeout: 90_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('R-T5 a Friday 16:00 Enterprise Blocker shows resolution due Friday 20:00 in the console', async () => {
    // Enterprise hours 08–20 with no holidays, so any Friday works.
    const world = await ticketWorld(server, {
      terms: { targets: { blocker: { response: H(2), resolution: H(4) } } }, lang: 'en', timeZone: 'Europe/Madrid',
      calendar: { timeZone: 'Europe/Madrid', weekly: weekdays('08:00', '20:00') },
    });
    const friday = lastFriday1600Madrid(server.clock.now());
    const { id } = await fileTicket(server, world.contact.email, { subject: 'Production down on Friday', body: { text: 'Down.' }, severity: 'blocker', at: friday });

    const agent = await server.staff('agent');
    const { page, context, problems } = await newPage(browser, { locale: 'en-GB' });
    await signIn(page, server.url, agent.email, E2E_PASSWORD);
    await page.waitForURL('**/console/queue');
    await page.goto(`${server.url}/console/tickets/${id}`);
    const seen = await apiGet<{ clocks: { resolution: { dueAt: string } } }>(page, `/agent/tickets/${id}`);
    expect(seen.clocks.resolution.dueAt).toBe(new Date(friday.getTime() + 4 * 3_600_000).toISOString());
    const due = page.getByTestId('clock-resolution').getByTestId('clock-due');
    await due.getByText(t('tickets.sla.due', { when: dueText('en', seen.clocks.resolution.dueAt, 'Europe/Madrid') })).waitFor();
    expect(await due.innerText()).toContain('Friday');
    expect(await due.innerText()).toContain('20:00');
    expect(await rawKeysOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('R-S1 a ticket on a plan with no SLA targets is registered and shows "no commitment" to the contact and in the console', async () => {
    const world = await ticketWorld(server, { terms: { targets: {}, channels: ['email', 'portal'] }, lang: 'en', timeZone: 'Europe/Madrid' });
    const { id } = await fileTicket(server, world.contact.email, { subject: 'Bug in the export module', body: { text: 'It crashes.' }, severity: 'trivial' });

    const contact = await newPage(browser, { locale: 'en-GB' });
    await signIn(contact.page, server.url, world.contact.email, E2E_PASSWORD);
    await contact.page.waitForURL('**/support/overview');
    await contact.page.goto(`${server.url}/support/tickets/${id}`);
    await contact.page.getByTestId('sla-state').getByText(t('tickets.waiting.on_us_no_commitment')).waitFor();
    expect(await rawKeysOnPage(contact.page)).toEqual([]);
    expect(contact.problems).toEqual([]);
    await contact.context.close();

    const agent = await server.staff('agent');
    const staff = await newPage(browser, { locale: 'en-GB' });
    await signIn(staff.page, server.url, agent.email, E2E_PASSWORD);
    await staff.page.waitForURL('**/console/queue');
    await staff.page.goto(`${server.url}/console/tickets/${id}`);
    await staff.page.getByTestId('clock-response').getByTestId('clock-state').getByText(t('tickets.clockState.not_applicable')).waitFor();
    expect(await staff.page.getByTestId('clock-response').getByTestId('clock-due').count()).toBe(0);
    expect(await rawKeysOnPage(staff.page)).toEqual([]);
    expect(staff.problems).toEqual([]);
    await staff.context.close();
  });
});
