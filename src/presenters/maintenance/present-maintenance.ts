import type { Locale } from '../../core/notifications/render.js';
import { pickLocalized } from '../../core/versions/localized.js';
import type { NoticeRow } from '../../storage/maintenance-notices.queries.js';
import type { MaintenanceTypeRow, OperationRow } from '../../storage/maintenance.queries.js';
import type { MaintenanceView, NoticeView, PortalMaintenanceView } from '../../views/maintenance.js';
import { noticeRuleOf } from './present-maintenance-type.js';

export type { MaintenanceView, NoticeView, PortalMaintenanceView };

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentNotice(n: NoticeRow, deliveries: number): NoticeView {
  return { id: n.id, revision: n.revision, key: n.key, dueAt: iso(n.dueAt), sentAt: iso(n.sentAt), droppedAt: iso(n.droppedAt), deliveries };
}

export function presentMaintenance(o: OperationRow, t: MaintenanceTypeRow, customerIds: string[], notices: NoticeView[]): MaintenanceView {
  return {
    id: o.id,
    type: { id: t.id, code: t.code, names: t.names, noticeRule: noticeRuleOf(t) },
    titles: o.titles,
    descriptions: o.descriptions,
    startsAt: o.startsAt.toISOString(),
    endsAt: o.endsAt.toISOString(),
    durationMinutes: o.durationMinutes,
    shutsDown: o.shutsDown,
    productId: o.productId,
    releaseId: o.releaseId,
    audience: o.audience,
    customerIds,
    status: o.status,
    revision: o.revision,
    noticeRequiredBy: iso(o.noticeRequiredBy),
    override: o.overrideReason ? { reason: o.overrideReason, by: o.overrideBy } : null,
    cancelReason: o.cancelReason,
    cancelledAt: iso(o.cancelledAt),
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    notices,
  };
}

/** What a contact sees (R-M3): texts in its language, no audience, notices or override details. */
export function presentPortalMaintenance(o: OperationRow, t: MaintenanceTypeRow, locale: Locale): PortalMaintenanceView {
  const title = pickLocalized(o.titles, locale);
  return {
    id: o.id,
    typeCode: t.code,
    typeName: pickLocalized(t.names, locale)?.value ?? t.code,
    title: title?.value ?? '',
    description: pickLocalized(o.descriptions, title?.locale ?? locale)?.value ?? '',
    startsAt: o.startsAt.toISOString(),
    endsAt: o.endsAt.toISOString(),
    durationMinutes: o.durationMinutes,
    shutsDown: o.shutsDown,
    status: o.status,
    cancelledAt: iso(o.cancelledAt),
    productId: o.productId,
    locale: title?.locale ?? locale,
  };
}
