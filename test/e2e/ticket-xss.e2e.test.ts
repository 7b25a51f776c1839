import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyToTicket } from '../../src/usecases/tickets/reply-to-ticket.js';
import { hasChromium, launchBrowser, newPage, SETUP_TIMEOUT, signIn } from './support/browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server.js';
import { fileTicket, ticketWorld } from './support/tickets.js';

// Each payload would set window.__xss (or open a dialog) if the browser ran it.
const SUBJECT = `<img src=x onerror="window.__xss='subject';alert(1)"><script>window.__xss='subject-script'</script> Broken export`;
const BODY_HTML = [
  '<p>Steps:</p>',
  `<img src=x onerror="window.__xss='img';alert(2)">`,
  `<script>window.__xss='script';alert(3)</script>`,
  `<a href="javascript:window.__xss='link';alert(4)" id="js-link">click me</a>`,
  `<svg onload="window.__xss='svg'"></svg>`,
  `<iframe src="javascript:parent.__xss='iframe'"></iframe>`,
  `<div style="background:url(javascript:alert(5))" onmouseover="window.__xss='hover'">hover me</div>`,
].join('\n');
const BODY_TEXT = `Plain text with markup: <img src=x onerror="window.__xss='text'"> and <script>window.__xss='text-script'</script>`;

/**
 * Issue 6 / security: a ticket whose subject, body and reply carry script and
 * event-handler payloads runs nothing in the agent's browser: subjects and
 * names are text, bodies are the server's sanitized HTML, and no dialog opens.
 */
describe.skipIf(!hasChromium)('e2e: hostile ticket content', { timeout: 90_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  let ticketId: string;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    const world = await ticketWorld(server, { lang: 'en' });
    // As email intake would: an HTML body (sanitized by the server), then a plain-text reply full of markup.
    const { id, actor } = await fileTicket(server, world.contact.email, { subject: SUBJECT, body: { html: BODY_HTML }, severity: 'major' });
    ticketId = id;
    await replyToTicket(server.deps, { actor, ticketId, body: { text: BODY_TEXT } });
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs no script in the agent console (queue and ticket page)', async () => {
    const agent = await server.staff('agent');
    const { page, context, problems } = await newPage(browser, { locale: 'en-GB' });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await signIn(page, server.url, agent.email, E2E_PASSWORD);
    await page.waitForURL('**/console/queue');
    // The subject shows as the literal text it is.
    const row = page.getByTestId('queue-row').filter({ hasText: 'Broken export' });
    await row.waitFor();
    expect(await row.getByTestId('queue-ticket-link').innerText()).toContain(`<img src=x onerror="window.__xss='subject';alert(1)">`);
    await row.getByTestId('queue-ticket-link').click();
    await page.waitForURL(`**/console/tickets/${ticketId}`);
    await page.getByTestId('conversation').getByText('Steps:').waitFor();
    await page.getByTestId('conversation').getByText(`<img src=x onerror="window.__xss='text'">`, { exact: false }).waitFor();
    await page.getByRole('heading', { name: /Broken export/ }).waitFor();

    // Hover and click what could carry handlers.
    const hover = page.getByTestId('conversation').getByText('hover me');
    if (await hover.count()) await hover.first().hover();
    const link = page.getByTestId('conversation').getByText('click me');
    if (await link.count()) await link.first().click({ noWaitAfter: true }).catch(() => undefined);
    await page.waitForTimeout(300);

    const dom = await page.evaluate(() => {
      const conv = document.querySelector('[data-testid="conversation"]')!;
      return {
        flag: (window as unknown as { __xss?: string }).__xss ?? null,
        scripts: conv.querySelectorAll('script, iframe, svg[onload], object, embed').length,
        handlers: [...conv.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        jsLinks: [...conv.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
        styles: [...conv.querySelectorAll('[style]')].filter((el) => /javascript:/i.test(el.getAttribute('style') ?? '')).length,
      };
    });
    expect(dom).toEqual({ flag: null, scripts: 0, handlers: 0, jsLinks: 0, styles: 0 });
    expect(dialogs).toEqual([]);
    expect(page.url()).toContain(`/console/tickets/${ticketId}`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
