import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, SETUP_TIMEOUT, newPage, rawKeysOnPage, signIn } from './support/browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server.js';

describe.skipIf(!hasChromium)('e2e: sign-in and users (admin)', { timeout: 60_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a clear error for a wrong password and serves the SPA under a strict CSP', async () => {
    const admin = await server.staff('admin');
    const { page, context, problems } = await newPage(browser);
    const res = await page.goto(`${server.url}/admin/users`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForURL('**/sign-in');
    await signIn(page, server.url, admin.email, 'not the password at all');
    await expect.poll(() => page.getByTestId('sign-in-error').innerText()).toContain('The email or the password is not right.');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an admin creates a user; the new user signs in with the one-time password and sets their own', async () => {
    const admin = await server.staff('admin', { name: 'Ada Admin' });
    const { page, context, problems } = await newPage(browser);
    await signIn(page, server.url, admin.email, E2E_PASSWORD);
    await page.waitForURL('**/console/queue');
    await page.getByRole('heading', { name: 'Queue' }).waitFor();
    await page.getByText('No tickets yet').waitFor();

    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Name/).fill('Nora Agent');
    await dialog.getByLabel(/^Email/).fill('nora@vendor.test');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    const secret = page.getByTestId('secret');
    await secret.waitFor();
    const oneTime = (await secret.innerText()).trim();
    expect(oneTime.length).toBeGreaterThanOrEqual(12);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByTestId('user-row').filter({ hasText: 'nora@vendor.test' }).waitFor();
    expect(await rawKeysOnPage(page)).toEqual([]);

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');

    await signIn(page, server.url, 'nora@vendor.test', oneTime);
    await page.waitForURL(/\/(console\/queue|account\/password)$/);
    await page.goto(`${server.url}/account/password`);
    await page.getByLabel(/^Current password/).fill(oneTime);
    await page.getByLabel(/^New password/).fill('nora picks a long passphrase');
    await page.getByLabel(/^Repeat the new password/).fill('nora picks a long passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.waitForURL('**/sign-in');
    await signIn(page, server.url, 'nora@vendor.test', 'nora picks a long passphrase');
    await page.waitForURL('**/console/queue');
    // An agent sees no administration.
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
