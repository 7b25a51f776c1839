import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';

/** beforeAll budget: a fresh PGlite with migrations plus a browser start, on a busy 2-core CI machine. */
export const SETUP_TIMEOUT = 120_000;

/** Present unless the machine lacks Debian's chromium (CI installs it via .ci/browser). */
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) process.stdout.write(`e2e: skipped, ${CHROMIUM} is missing (install it with .ci/browser)\n`);

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Viewport {
  width: number;
  height: number;
}

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 390, height: 844 };

/** A fresh context (own cookies) in a given UI language; collects page errors and CSP violations. */
export async function newPage(browser: Browser, opts: { locale?: string; viewport?: Viewport } = {}): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: opts.locale ?? 'en-GB', viewport: opts.viewport ?? DESKTOP, timezoneId: 'Europe/Madrid' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    // Refused requests (401, 400 …) are part of the journeys and asserted through the UI.
    if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.setDefaultTimeout(20_000);
  return { context, page, problems };
}

/** Signs in through the form and waits until the signed-in frame shows. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

/** Visible text that looks like a raw i18n key (nav.users, users.createTitle …). */
export async function rawKeysOnPage(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return [...new Set(text.match(/\b(app|common|errors|roles|nav|signIn|notFound|queue|account|users|portal|admin|calendars|plans|customers|contacts|contracts|presets|severities|tickets|console|targets|versions|services|maintenance|releases|updates|upgrade|announcements|products|mail|billing)\.[a-zA-Z0-9_.]+\b/g) ?? [])];
}

/** A page signed in as `email` and opened at `path`; `done()` checks no raw i18n key or page problem showed, then closes it. */
export async function openSignedIn(browser: Browser, baseUrl: string, email: string, password: string, path: string): Promise<{ page: Page; done(): Promise<void> }> {
  const { page, context, problems } = await newPage(browser, { locale: 'en-GB' });
  await signIn(page, baseUrl, email, password);
  await page.waitForURL(/\/(console|support)\//);
  await page.goto(`${baseUrl}${path}`);
  return {
    page,
    async done() {
      expect(await rawKeysOnPage(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    },
  };
}
