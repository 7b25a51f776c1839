import type { Locale } from '../../core/notifications/render.js';
import { pickLocalized } from '../../core/versions/localized.js';
import type { NoticeRow } from '../../storage/maintenance-notices.queries.js';
import type { MaintenanceTypeRow, OperationRow } from '../../storage/maintenance.queries.js';
import type { LocalizedText } from '../../storage/schema/products.js';
import { noticeRuleOf } from './present-maintenance-type.js';

export interface NoticeView {
  id: string;
  revision: number;
  /** 'announce' | 'reminder:<minutes>' | 'done' | 'cancelled'. */
  key: string;
  /** null: waits for the linked release (at_release rule). */
  dueAt: string | null;
  sentAt: string | null;
  droppedAt: string | null;
  /** Contacts the notice was queued for (once each). */
  deliveries: number;
}

export interface MaintenanceView {
  id: string;
  type: { id: string; code: string; names: LocalizedText; noticeRule: ReturnType<typeof noticeRuleOf> };
  titles: LocalizedText;
  descriptions: LocalizedText;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  shutsDown: boolean;
  productId: string | null;
  releaseId: string | null;
  audience: OperationRow['audience'];
  customerIds: string[];
  status: OperationRow['status'];
  revision: number;
  /** R-M1: the latest instant the required notice could go out. */
  noticeRequiredBy: string | null;
  /** R-M1: a manager's recorded override of a too-short notice. */
  override: { reason: string; by: string | null } | null;
  cancelReason: string | null;
  cancelledAt: string | null;
  createdAt: string;
  updatedAt: string;
  notices: NoticeView[];
}

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

export interface PortalMaintenanceView {
  id: string;
  typeCode: string;
  typeName: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  shutsDown: boolean;
  status: OperationRow['status'];
  cancelledAt: string | null;
  productId: string | null;
  /** The language the texts are in (the reader's, else English, else any). */
  locale: Locale;
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
