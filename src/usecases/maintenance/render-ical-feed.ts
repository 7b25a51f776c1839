import ical, { ICalEventStatus } from 'ical-generator';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Locale } from '../../core/notifications/render.js';
import { pickLocalized } from '../../core/versions/localized.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { findIcalFeedRowByHash, touchIcalFeedRow } from '../../storage/maintenance-feeds.queries.js';
import { findMaintenanceTypeRow, listVisibleOperationRows } from '../../storage/maintenance.queries.js';
import { keyedHash } from '../auth/crypto.js';
import { pageUrl } from '../../core/pages.js';

const PAST_DAYS = 180;

/**
 * The customer's maintenance windows as iCalendar (RFC 5545, ical-generator):
 * one VEVENT per announced operation of the last 180 days and the future,
 * UID `<operation id>@coverdesk` (stable), SEQUENCE = revision, DTSTART/DTEND
 * in UTC (end = start + duration), cancelled operations with
 * STATUS:CANCELLED; texts in the customer's language. The caller holds only
 * the secret token. Throws NOT_FOUND for an unknown or revoked token.
 */
export async function renderIcalFeed(deps: { db: Db; clock: Clock; secretKey: string; config: { publicUrl: string } }, input: { token: string }): Promise<string> {
  const now = deps.clock.now();
  const feed = /^cdf_[A-Za-z0-9_-]{43}$/.test(input.token) ? await findIcalFeedRowByHash(deps.db, keyedHash(deps.secretKey, input.token)) : null;
  const customer = feed ? await findCustomerRow(deps.db, feed.customerId) : null;
  if (!feed || !customer || customer.archivedAt) throw new DomainError('NOT_FOUND', 'No such calendar feed.');
  const locale: Locale = customer.locale;
  const from = new Date(now.getTime() - PAST_DAYS * 86_400_000);
  const { rows } = await listVisibleOperationRows(deps.db, customer.id, now, { from }, { limit: 2000, offset: 0 });
  const cal = ical({ name: `Maintenance — ${customer.name}`, prodId: { company: 'coverdesk', product: 'maintenance-feed', language: locale.toUpperCase() }, ttl: 3600 });
  for (const o of rows) {
    const type = (await findMaintenanceTypeRow(deps.db, o.typeId))!;
    const title = pickLocalized(o.titles, locale);
    cal.createEvent({
      id: `${o.id}@coverdesk`,
      sequence: o.revision,
      stamp: o.updatedAt,
      start: o.startsAt,
      end: o.endsAt,
      summary: `${pickLocalized(type.names, locale)?.value ?? type.code}: ${title?.value ?? ''}`,
      description: pickLocalized(o.descriptions, title?.locale ?? locale)?.value ?? '',
      status: o.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      url: pageUrl(deps.config.publicUrl, 'supportUpdates', {}, { tab: 'maintenance' }),
    });
  }
  await touchIcalFeedRow(deps.db, customer.id, now);
  return cal.toString();
}
