import type { Locale } from '../../core/notifications/render.js';
import { pickLocalized } from '../../core/versions/localized.js';
import type { AnnouncementRow } from '../../storage/maintenance-announcements.queries.js';
import type { NoticeRow } from '../../storage/maintenance-notices.queries.js';
import type { AnnouncementKind, AnnouncementView, PortalAnnouncementView } from '../../views/announcements.js';

export type { AnnouncementKind, AnnouncementView, PortalAnnouncementView };

export function presentAnnouncement(a: AnnouncementRow, customerIds: string[], notice: NoticeRow | null, deliveries: number): AnnouncementView {
  return {
    id: a.id,
    kind: a.kind,
    titles: a.titles,
    bodies: a.bodies,
    audience: a.audience,
    productId: a.productId,
    customerIds,
    publishAt: a.publishAt.toISOString(),
    status: a.cancelledAt ? 'cancelled' : notice?.sentAt ? 'sent' : 'scheduled',
    sentAt: notice?.sentAt?.toISOString() ?? null,
    deliveries,
    createdAt: a.createdAt.toISOString(),
  };
}

/** R-M4 in the portal: one language (the reader's, else English, else any), sanitised HTML. */
export function presentPortalAnnouncement(a: AnnouncementRow, locale: Locale): PortalAnnouncementView {
  const title = pickLocalized(a.titles, locale);
  const body = pickLocalized(a.bodies, title?.locale ?? locale)?.value;
  return { id: a.id, kind: a.kind, title: title?.value ?? '', html: body?.html ?? '', text: body?.text ?? '', locale: title?.locale ?? locale, publishedAt: a.publishAt.toISOString() };
}
