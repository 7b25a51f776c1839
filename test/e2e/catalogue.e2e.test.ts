import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/core/actor.js';
import { createSeverity } from '../../src/usecases/severities/create-severity.js';
import { hasChromium, launchBrowser, SETUP_TIMEOUT, newPage, rawKeysOnPage } from './support/browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server.js';
import { labelled, tr, weekdayName, type Lang } from './support/tr.js';

/** Picks an option of a Mantine Select in the open dialog by typing into it. */
async function choose(page: Page, label: string, search: string, option: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel(labelled(label));
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Issue 6: a manager signs in, creates a calendar and a plan with SLA targets,
 * then a second plan version; the same journey in English, Spanish and Greek,
 * every label and message read from that language's resources.
 */
describe.skipIf(!hasChromium)('e2e: a manager sets up the catalogue', { timeout: 90_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    for (const [code, rank, en] of [['blocker', 10, 'Blocker'], ['major', 30, 'Major']] as const) {
      await createSeverity(server.deps, { actor: SYSTEM_ACTOR, code, rank, names: { en } });
    }
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each<Lang>(['en', 'es', 'el'])('in %s', async (lang) => {
    const t = (key: string, vars?: Record<string, string | number>) => tr(lang, key, vars);
    const manager = await server.staff('manager', { locale: lang });
    const { page, context, problems } = await newPage(browser, { locale: lang });

    // Sign-in page in the browser's language; a wrong password is explained in it.
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('button', { name: t('signIn.submit') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await page.getByLabel(labelled(t('signIn.email'))).fill(manager.email);
    await page.getByLabel(labelled(t('signIn.password'))).fill('certainly not it');
    await page.getByRole('button', { name: t('signIn.submit') }).click();
    await page.getByTestId('sign-in-error').getByText(t('errors.INVALID_CREDENTIALS')).waitFor();
    await page.getByLabel(labelled(t('signIn.password'))).fill(E2E_PASSWORD);
    await page.getByRole('button', { name: t('signIn.submit') }).click();
    await page.getByRole('heading', { name: t('queue.title') }).waitFor();

    // Calendar: Athens hours 09:00–17:00 Monday to Friday, Greek public holidays.
    const calendarName = `Athens office hours ${lang}`;
    await page.getByRole('link', { name: t('nav.calendars') }).click();
    await page.getByRole('button', { name: t('calendars.new') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(labelled(t('common.name'))).fill(calendarName);
    await dialog.getByLabel(labelled(t('common.code'))).fill(`athens-${lang}`);
    await choose(page, t('common.timeZone'), 'Athens', 'Europe/Athens');
    await dialog.getByLabel(weekdayName(lang, 0), { exact: true }).fill('09:00-17:00');
    await dialog.getByRole('button', { name: t('calendars.form.copyMonday') }).click();
    await dialog.getByLabel(labelled(t('calendars.form.country'))).fill('gr');
    await dialog.getByRole('button', { name: t('calendars.create') }).click();
    await page.getByRole('heading', { name: calendarName }).waitFor();
    expect(await page.getByText('09:00–17:00').count()).toBe(5);
    await page.getByText(t('calendars.zoneNote', { zone: 'Europe/Athens' })).waitFor();
    await page.getByTestId('holiday-row').first().waitFor();

    // Plan on that calendar, with targets typed into the SLA grid.
    const planName = `Gold ${lang}`;
    await page.getByRole('link', { name: t('nav.plans') }).click();
    await page.getByRole('button', { name: t('plans.new') }).click();
    await dialog.getByLabel(labelled(t('common.name'))).fill(planName);
    await dialog.getByLabel(labelled(t('common.code'))).fill(`gold-${lang}`);
    await dialog.getByLabel(labelled(t('plans.catalogue'))).fill('acme');
    await choose(page, t('plans.terms.calendar'), 'Athens', `${calendarName} (athens-${lang})`);
    await dialog.getByLabel(t('plans.channels.portal')).check();
    await dialog.getByLabel(labelled(t('plans.terms.ticketsPerYear'))).fill('100');
    await dialog.getByLabel(`Blocker · ${t('targets.response')}`, { exact: true }).fill('4 h');
    await dialog.getByLabel(`Blocker · ${t('targets.resolution')}`, { exact: true }).fill('2 d');
    await dialog.getByLabel(`Major · ${t('targets.response')}`, { exact: true }).fill('> 3 d');
    await dialog.getByRole('button', { name: t('plans.create') }).click();
    await page.getByRole('heading', { name: planName }).waitFor();
    const grid = page.getByTestId('sla-grid');
    await grid.getByRole('cell', { name: t('targets.hours', { n: 4 }), exact: true }).waitFor();
    await grid.getByRole('cell', { name: t('targets.indicative', { value: t('targets.days', { n: 3 }) }), exact: true }).waitFor();
    await page.getByRole('link', { name: calendarName }).waitFor();

    // Version 2: a date in the past is refused with the reason; the default date is accepted.
    await page.getByTestId('new-plan-version').click();
    await expect.poll(() => dialog.getByLabel(`Blocker · ${t('targets.response')}`, { exact: true }).inputValue()).toBe('4 h');
    await dialog.getByLabel(`Blocker · ${t('targets.response')}`, { exact: true }).fill('2 h');
    await dialog.getByLabel(labelled(t('plans.effectiveFrom'))).fill('2020-01-01');
    await dialog.getByRole('button', { name: t('plans.saveVersion') }).click();
    await dialog.getByRole('alert').getByText(t('errors.EFFECTIVE_DATE_TOO_EARLY')).waitFor();
    await dialog.getByLabel(labelled(t('plans.effectiveFrom'))).fill('');
    await dialog.getByRole('button', { name: t('plans.saveVersion') }).click();
    await dialog.waitFor({ state: 'hidden' });
    const versions = page.getByTestId('version-row');
    await expect.poll(() => versions.count()).toBe(2);
    const v2 = versions.filter({ hasText: t('versions.versionN', { n: 2 }) });
    await v2.getByText(t('versions.scheduled')).waitFor();
    await v2.click();
    await grid.getByRole('cell', { name: t('targets.hours', { n: 2 }), exact: true }).waitFor();

    expect(await rawKeysOnPage(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
