import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, newPage, rawKeysOnPage, SETUP_TIMEOUT, signIn } from './support/browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server.js';
import { labelled, tr } from './support/tr.js';

const t = (key: string, vars?: Record<string, string | number>) => tr('en', key, vars);

/** Issue 13 item 8: an administrator sets how long tokens live; a new token shows its expiry. */
describe.skipIf(!hasChromium)('e2e: API token lifetime', { timeout: 90_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the administrator shortens the default lifetime and a new token expires accordingly', async () => {
    const admin = await server.staff('admin');
    const { page, context, problems } = await newPage(browser, { locale: 'en-GB' });
    await signIn(page, server.url, admin.email, E2E_PASSWORD);
    await page.waitForURL('**/console/queue');
    await page.goto(`${server.url}/account/tokens`);
    await page.getByText(t('account.tokens.lifetimeHint', { defaultDays: 90, maxDays: 365 })).waitFor();
    await page.getByLabel(labelled(t('account.tokens.defaultDays'))).fill('10');
    await page.getByRole('button', { name: t('account.tokens.saveLifetime') }).click();
    await page.getByText(t('account.tokens.lifetimeHint', { defaultDays: 10, maxDays: 365 })).waitFor();
    await page.getByLabel(labelled(t('account.tokens.name'))).fill('Nightly export');
    await page.getByRole('button', { name: t('account.tokens.create') }).click();
    await page.getByText(t('account.tokens.createdWarning')).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Nightly export' });
    await row.waitFor();
    // "Never" once (never used), not twice: the token shows an expiry date.
    const text = (await row.textContent()) ?? '';
    expect(text.split(t('account.tokens.neverUsed')).length - 1).toBe(1);
    const listed = await page.evaluate(async () => (await (await fetch('/api/v1/me/tokens')).json()) as { items: Array<{ name: string; expiresAt: string }> });
    const expiresAt = listed.items.find((i) => i.name === 'Nightly export')!.expiresAt;
    expect(Math.round((new Date(expiresAt).getTime() - server.clock.now().getTime()) / 86_400_000)).toBe(10);
    expect(await rawKeysOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
