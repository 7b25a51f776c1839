import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chargeNoticeTemplate } from '../src/core/billing/templates/charge-notice.js';
import { estimateSentTemplate, phaseHandedOverTemplate } from '../src/core/billing/templates/estimate.js';
import { announcementNotice, maintenanceNotice } from '../src/core/maintenance/notice-templates.js';
import type { Locale, Rendered } from '../src/core/notifications/render.js';
import { acknowledgementTemplate } from '../src/core/notifications/templates/acknowledgement.js';
import { agentReplyTemplate } from '../src/core/notifications/templates/agent-reply.js';
import { contactEmailConfirmationTemplate } from '../src/core/notifications/templates/contact-email-confirmation.js';
import { allowanceThreshold } from '../src/core/notifications/templates/allowance.js';
import { closureNotice, pendingReminder } from '../src/core/notifications/templates/pending.js';
import { renewalReminder } from '../src/core/notifications/templates/renewal.js';
import { slaNotice } from '../src/core/notifications/templates/sla.js';
import { pageUrl } from '../src/core/pages.js';
import { endOfLifeWarning, releasePublished } from '../src/core/versions/notice-templates.js';
import { confirmEmailUrl } from '../src/usecases/contacts/request-email-confirmation.js';
import { linksIn, pageOfLink, TEST_PUBLIC_URL as BASE } from './support/page-links.js';

const LOCALES: Locale[] = ['en', 'es', 'el'];
const ID = '7d5e3a52-8c1b-4b7e-9a55-0c6f3f1b2a10';
const at = new Date('2026-11-24T11:00:00Z');

/** Every template with the link its use case builds (the same pageUrl call as the use case). */
const TEMPLATES: Record<string, (locale: Locale) => Rendered> = {
  acknowledgement: (locale) => acknowledgementTemplate({ number: 1, subject: 's', recipientName: 'A', responseDueAt: at, indicative: false, url: pageUrl(BASE, 'supportTicket', { id: ID }) }, { locale, timeZone: 'UTC' }),
  agentReply: (locale) => agentReplyTemplate({ number: 1, subject: 's', recipientName: 'A', authorName: 'B', text: 'hi', url: pageUrl(BASE, 'supportTicket', { id: ID }) }, { locale, timeZone: 'UTC' }),
  pendingReminder: (locale) => pendingReminder({ ticketNumber: 1, subject: 's', contactName: 'A', closesAt: at, url: pageUrl(BASE, 'supportTicket', { id: ID }) }, { locale, timeZone: 'UTC' }),
  closureNotice: (locale) => closureNotice({ ticketNumber: 1, subject: 's', contactName: 'A', url: pageUrl(BASE, 'supportTicket', { id: ID }) }, { locale, timeZone: 'UTC' }),
  slaNotice: (locale) => slaNotice({ ticketNumber: 1, subject: 's', customerName: 'C', clock: 'response', kind: 'warning', percent: 75, dueAt: at, url: pageUrl(BASE, 'consoleTicket', { id: ID }) }, { locale, timeZone: 'UTC' }),
  allowanceForContact: (locale) => allowanceThreshold({ customerName: 'C', planName: 'P', threshold: 80, used: 8, total: 10, yearStart: '2026-01-01', overageRule: 'bill', url: pageUrl(BASE, 'supportOverview', {}) }, { locale, timeZone: 'UTC' }),
  allowanceForStaff: (locale) => allowanceThreshold({ customerName: 'C', planName: 'P', threshold: 100, used: 10, total: 10, yearStart: '2026-01-01', overageRule: 'hold', url: pageUrl(BASE, 'adminCustomer', { id: ID }) }, { locale, timeZone: 'UTC' }),
  renewalForContact: (locale) => renewalReminder({ customerName: 'C', planName: 'P', endDate: '2026-12-31', reference: 'R', url: pageUrl(BASE, 'supportOverview', {}) }, { locale, timeZone: 'UTC' }),
  renewalForStaff: (locale) => renewalReminder({ customerName: 'C', planName: 'P', endDate: '2026-12-31', reference: 'R', url: pageUrl(BASE, 'adminContracts', {}) }, { locale, timeZone: 'UTC' }),
  chargeNotice: (locale) => chargeNoticeTemplate({ customerName: 'C', recipientName: 'A', description: 'd', amountCents: 100, currency: 'EUR', url: pageUrl(BASE, 'supportInvoices', {}) }, { locale, timeZone: 'UTC' }),
  estimateSent: (locale) => estimateSentTemplate({ number: 1, subject: 's', recipientName: 'A', version: 1, minutes: 60, priceCents: 100, currency: 'EUR', phases: [], note: '', url: pageUrl(BASE, 'supportTicket', { id: ID }) }, { locale, timeZone: 'UTC' }),
  phaseHandedOver: (locale) => phaseHandedOverTemplate({ number: 1, subject: 's', recipientName: 'A', phaseName: 'p', note: '', url: pageUrl(BASE, 'supportTicket', { id: ID }) }, { locale, timeZone: 'UTC' }),
  maintenanceNotice: (locale) => maintenanceNotice({ kind: 'announce', minutesBefore: null, typeName: 't', title: 'x', description: 'd', startsAt: at, endsAt: at, durationMinutes: 0, shutsDown: false, url: pageUrl(BASE, 'supportUpdates', {}, { tab: 'maintenance' }) }, { locale, timeZone: 'UTC' }),
  announcementNotice: (locale) => announcementNotice({ title: 't', text: 'x', html: '<p>x</p>', url: pageUrl(BASE, 'supportUpdates', {}, { tab: 'announcements' }) }, { locale, timeZone: 'UTC' }),
  releasePublished: (locale) => releasePublished({ productName: 'P', version: '1.0', kind: 'major', notesHtml: '', notesText: '', url: pageUrl(BASE, 'supportUpdates', {}, { tab: 'releases' }) }, { locale, timeZone: 'UTC' }),
  contactEmailConfirmation: (locale) => contactEmailConfirmationTemplate({ recipientName: 'A', customerName: 'C', url: confirmEmailUrl(BASE, 'tok_123-abc'), expiresInDays: 7 }, { locale, timeZone: 'UTC' }),
  endOfLifeWarning: (locale) => endOfLifeWarning({ customerName: 'C', productName: 'P', version: '1.0', endOfLife: '2027-01-01', daysLeft: 30, url: pageUrl(BASE, 'supportUpdates', {}, { tab: 'releases' }) }, { locale, timeZone: 'UTC' }),
};

describe('every link in every mail opens a real page (issue 13 item 7)', () => {
  it.each(Object.keys(TEMPLATES).flatMap((name) => LOCALES.map((l) => [name, l] as const)))('%s in %s links only to pages of the web router', (name, locale) => {
    const r = TEMPLATES[name]!(locale);
    const links = linksIn(r.text, r.html);
    expect(links.length, 'a mail about something on the site links to it').toBeGreaterThan(0);
    for (const link of links) expect(pageOfLink(link), link).not.toBeNull();
  });

  it('the links mail carried before lead to no page (the matcher is strict)', () => {
    for (const dead of ['/portal/tickets/x', '/agent/tickets/x', '/portal', '/portal/releases/x', '/portal/maintenance/x', '/portal/products', '/support/updates?tab=nope']) {
      expect(pageOfLink(`${BASE}${dead}`), dead).toBeNull();
    }
    expect(pageOfLink(`${BASE}/support/tickets/new`)).toBe('supportNewTicket');
    expect(pageOfLink(`${BASE}/support/tickets/${ID}`)).toBe('supportTicket');
  });

  it('no source file builds a page link by hand: every link goes through pageUrl (core/pages.ts)', () => {
    const SRC = fileURLToPath(new URL('../src', import.meta.url));
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir)) {
        const full = join(dir, e);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.ts$/.test(e) && !e.endsWith('.test.ts')) {
          const text = readFileSync(full, 'utf8');
          // `${publicUrl}/portal/…`, `${deps.config.publicUrl}/…` and the like; the iCalendar feed and the API docs are server paths.
          for (const m of text.matchAll(/\$\{[^}]*publicUrl[^}]*\}\/(?!ical\/|api\/)[^`]*/gi)) offenders.push(`${relative(SRC, full)}: ${m[0]}`);
        }
      }
    };
    walk(SRC);
    expect(offenders).toEqual([]);
  });
});
