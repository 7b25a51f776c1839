import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newPage, PHONE, rawKeysOnPage, signIn, type Viewport } from './browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './e2e-server.js';

interface Shot {
  name: string;
  path: string | ((ids: Ids) => string);
  lang: 'en' | 'es' | 'el';
  as: 'admin' | 'contact' | 'anonymous';
  /** Text to wait for before the picture, so it shows data, not a spinner. */
  waitFor?: string;
}

interface Ids {
  customerId: string;
  planId: string;
  calendarId: string;
}

const SHOTS: Shot[] = [
  { name: 'sign-in', path: '/sign-in', lang: 'en', as: 'anonymous' },
  { name: 'sign-in', path: '/sign-in', lang: 'el', as: 'anonymous' },
  { name: 'queue', path: '/console/queue', lang: 'en', as: 'admin' },
  { name: 'users', path: '/admin/users', lang: 'en', as: 'admin', waitFor: '[data-testid=user-row]' },
  { name: 'customers', path: '/admin/customers', lang: 'en', as: 'admin', waitFor: 'table' },
  { name: 'customer', path: (i) => `/admin/customers/${i.customerId}`, lang: 'es', as: 'admin', waitFor: '[data-testid=contact-row]' },
  { name: 'contracts', path: '/admin/contracts', lang: 'en', as: 'admin', waitFor: '[data-testid=contract-row]' },
  { name: 'plans', path: '/admin/plans', lang: 'en', as: 'admin', waitFor: '[data-testid=plan-matrix]' },
  { name: 'plan', path: (i) => `/admin/plans/${i.planId}`, lang: 'en', as: 'admin', waitFor: '[data-testid=sla-grid]' },
  { name: 'plan', path: (i) => `/admin/plans/${i.planId}`, lang: 'el', as: 'admin', waitFor: '[data-testid=sla-grid]' },
  { name: 'calendar', path: (i) => `/admin/calendars/${i.calendarId}`, lang: 'en', as: 'admin', waitFor: 'table' },
  { name: 'severities', path: '/admin/severities', lang: 'es', as: 'admin', waitFor: 'table' },
  { name: 'presets', path: '/admin/presets', lang: 'en', as: 'admin', waitFor: '[data-testid=preset]' },
  { name: 'api-tokens', path: '/account/tokens', lang: 'en', as: 'admin' },
  { name: 'support-overview', path: '/support/overview', lang: 'en', as: 'contact', waitFor: '[data-testid=portal-contract]' },
  { name: 'support-overview', path: '/support/overview', lang: 'es', as: 'contact', waitFor: '[data-testid=portal-contract]' },
  { name: 'support-contacts', path: '/support/contacts', lang: 'el', as: 'contact', waitFor: '[data-testid=contact-row]' },
];

/** Demo data when the demo loader exists (catalogue issue); otherwise the screens show their empty states. */
type Account = { email: string; password: string; customer: string };

async function seed(server: E2eServer): Promise<{ ids: Ids | null; contacts: Account[] }> {
  try {
    const { loadDemo } = await import('../../../src/usecases/demo/load-demo.js');
    const demo = await loadDemo(server.deps);
    const get = <T>(url: string, headers: Record<string, string>) => server.app.inject({ method: 'GET', url, headers }).then((r) => r.json() as T);
    const login = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@vendor.test', password: E2E_PASSWORD } });
    const headers = { cookie: `cd_session=${login.cookies.find((c) => c.name === 'cd_session')!.value}` };
    const customers = await get<{ items: { id: string }[] }>('/api/v1/admin/customers?limit=5', headers);
    const contracts = await get<{ items: { planId: string }[] }>(`/api/v1/admin/contracts?customerId=${customers.items[0]!.id}`, headers);
    const plan = await get<{ current: { terms: { calendarId: string } } }>(`/api/v1/admin/plans/${contracts.items[0]!.planId}`, headers);
    return {
      ids: { customerId: customers.items[0]!.id, planId: contracts.items[0]!.planId, calendarId: plan.current.terms.calendarId },
      contacts: demo.portalAccounts,
    };
  } catch (err) {
    process.stdout.write(`screenshots: no demo data (${(err as Error).message}); screens show empty states\n`);
    return { ids: null, contacts: [] };
  }
}

async function capture(browser: Browser, server: E2eServer, shot: Shot, viewport: Viewport, ids: Ids | null, contact: { email: string; password: string } | null, outDir: string): Promise<string[]> {
  const needsIds = typeof shot.path === 'function';
  if ((needsIds && !ids) || (shot.as === 'contact' && !contact)) return [];
  const { page, context, problems } = await newPage(browser, { viewport, locale: shot.lang });
  try {
    await page.goto(`${server.url}/sign-in`);
    await page.evaluate((lang) => localStorage.setItem('coverdesk.language', lang), shot.lang);
    if (shot.as !== 'anonymous') {
      const who = shot.as === 'admin' ? { email: 'admin@vendor.test', password: E2E_PASSWORD } : contact!;
      await signIn(page, server.url, who.email, who.password);
      await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
      // The person's own language pick on this device wins over their account's locale.
      await page.evaluate(async (lang) => {
        const me = (await (await fetch('/api/v1/auth/me')).json()) as { actor: { kind: string; id: string } };
        localStorage.setItem(`coverdesk.language.${me.actor.kind}:${me.actor.id}`, lang);
      }, shot.lang);
    }
    const path = typeof shot.path === 'function' ? shot.path(ids!) : shot.path;
    await page.goto(`${server.url}${path}`);
    await page.locator('h1').first().waitFor();
    if (shot.waitFor) await page.locator(shot.waitFor).first().waitFor();
    await settle(page);
    const file = join(outDir, `${shot.name}-${shot.lang}-${viewport.width}x${viewport.height}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const raw = await rawKeysOnPage(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    return [
      `${file}`,
      ...raw.map((k) => `  untranslated key: ${k}`),
      ...(overflow > 0 ? [`  horizontal overflow: ${overflow}px`] : []),
      ...problems.map((p) => `  ${p}`),
    ];
  } finally {
    await context.close();
  }
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Starts the app on PGlite with the demo, signs in, and writes PNGs of the main screens at 1280×800 and 390×844. */
export async function takeScreenshots(outDir: string): Promise<{ files: number; problems: string[] }> {
  mkdirSync(outDir, { recursive: true });
  // Every picture signs in afresh from one address: lift the per-address sign-in limit.
  const server = await startE2eServer({ LOGIN_MAX_PER_ADDRESS: '10000' });
  const browser = await launchBrowser();
  const problems: string[] = [];
  let files = 0;
  try {
    await server.staff('admin', { email: 'admin@vendor.test', name: 'Alex Admin' });
    const { ids, contacts } = await seed(server);
    for (const shot of SHOTS) {
      // Greek screens show the Greek demo customer's contact; the others the first account.
      const contact = (shot.lang === 'el' ? contacts.find((c) => /[\u0370-\u03ff]/.test(c.customer)) : undefined) ?? contacts[0] ?? null;
      for (const viewport of [DESKTOP, PHONE]) {
        const lines = await capture(browser, server, shot, viewport, ids, contact, outDir);
        if (lines.length) files++;
        for (const l of lines) process.stdout.write(`${l}\n`);
        problems.push(...lines.filter((l) => l.startsWith('  ')));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { files, problems };
}
