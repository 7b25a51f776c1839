import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Locale } from '../../core/notifications/render.js';
import { pageRequest, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import {
  findAnnouncementRow,
  findVisibleAnnouncementRow,
  listAnnouncementCustomerIds,
  listAnnouncementRows,
  listVisibleAnnouncementRows,
  type AnnouncementRow,
} from '../../storage/maintenance-announcements.queries.js';
import { countDeliveries, listNoticeRows } from '../../storage/maintenance-notices.queries.js';
import { presentAnnouncement, presentPortalAnnouncement, type AnnouncementKind, type AnnouncementView, type PortalAnnouncementView } from '../../presenters/announcements/present-announcement.js';
import { authorize, STAFF } from '../../core/access.js';

async function view(db: Db, a: AnnouncementRow): Promise<AnnouncementView> {
  const [notice] = await listNoticeRows(db, { announcementId: a.id });
  const counts = notice ? await countDeliveries(db, [notice.id]) : new Map<string, number>();
  return presentAnnouncement(a, await listAnnouncementCustomerIds(db, a.id), notice ?? null, notice ? (counts.get(notice.id) ?? 0) : 0);
}

/** Vendor view of one announcement. Throws NOT_FOUND. */
export async function getAnnouncement(deps: { db: Db }, input: { actor: Actor; id: string }): Promise<AnnouncementView> {
  authorize(input.actor, STAFF);
  const a = await findAnnouncementRow(deps.db, input.id);
  if (!a) throw new DomainError('NOT_FOUND', 'No such announcement.');
  return view(deps.db, a);
}

/** Vendor view, newest first. */
export async function listAnnouncements(deps: { db: Db }, input: { actor: Actor; kind?: AnnouncementKind; limit?: number; offset?: number }): Promise<Page<AnnouncementView>> {
  authorize(input.actor, STAFF);
  const page = pageRequest(input.limit, input.offset);
  const { rows, total } = await listAnnouncementRows(deps.db, input, page);
  const items: AnnouncementView[] = [];
  for (const a of rows) items.push(await view(deps.db, a));
  return { items, total, ...page };
}

type Contact = Extract<Actor, { kind: 'contact' }>;
const localeOf = (c: Contact, lang?: Locale): Locale => lang ?? (['en', 'es', 'el'].includes(c.locale) ? (c.locale as Locale) : 'en');

/** R-M4 in the portal: the announcements addressed to the contact's customer, published, newest first. */
export async function listPortalAnnouncements(deps: { db: Db; clock: Clock }, input: { actor: Contact; lang?: Locale; limit?: number; offset?: number }): Promise<Page<PortalAnnouncementView>> {
  const page = pageRequest(input.limit, input.offset);
  const { rows, total } = await listVisibleAnnouncementRows(deps.db, input.actor.customerId, deps.clock.now(), page);
  return { items: rows.map((a) => presentPortalAnnouncement(a, localeOf(input.actor, input.lang))), total, ...page };
}

/** One announcement; another customer's or an unpublished one is NOT_FOUND. */
export async function getPortalAnnouncement(deps: { db: Db; clock: Clock }, input: { actor: Contact; id: string; lang?: Locale }): Promise<PortalAnnouncementView> {
  const a = await findVisibleAnnouncementRow(deps.db, input.actor.customerId, deps.clock.now(), input.id);
  if (!a) throw new DomainError('NOT_FOUND', 'No such announcement.');
  return presentPortalAnnouncement(a, localeOf(input.actor, input.lang));
}
