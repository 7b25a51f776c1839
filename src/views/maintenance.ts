// The maintenance API's shapes (issue 8, R-M1..R-M4): written once, returned by
// src/usecases/maintenance and read by the web. Type-only.
import type { NoticeRule } from '../core/maintenance/notice-rule.js';
import type { Locale } from '../core/notifications/render.js';
import type { LocalizedText } from './localized.js';
import type { Audience, MaintenanceStatus } from '../core/enums.js';

export type { NoticeRule };

/** R-M3: every customer, the customers running productId (or one of its modules), or customerIds. */
export type { Audience };

export interface MaintenanceTypeView {
  id: string;
  code: string;
  names: LocalizedText;
  /** R-M1: after | at_release | calendar_days_before N | working_days_before N. */
  noticeRule: NoticeRule;
  /** English description of the rule, e.g. "15 working days before". */
  noticeRuleText: string;
  expectedDurationMinutes: number;
  shutsDown: boolean;
  /** R-M2: extra notices of a shutdown, minutes before the start (the smallest is "just before"). */
  extraNoticeMinutes: number[];
  /** The vendor calendar counting working days (and giving the zone of calendar days). */
  calendarId: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

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
  type: { id: string; code: string; names: LocalizedText; noticeRule: NoticeRule };
  titles: LocalizedText;
  descriptions: LocalizedText;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  shutsDown: boolean;
  productId: string | null;
  releaseId: string | null;
  audience: Audience;
  customerIds: string[];
  status: MaintenanceStatus;
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

/** R-M1: what scheduling would compute, without saving. */
export interface MaintenancePreview {
  startsAt: string;
  endsAt: string;
  /** R-M1: the latest instant the required notice may go out (null for after-the-fact notices). */
  requiredBy: string | null;
  /** True when scheduling now would be refused without an override. */
  tooLate: boolean;
  earliestStart: string | null;
  /** working_days_before: the working days counted backwards, latest first. */
  countedWorkingDays: string[] | null;
  /** Every notice the operation would get (R-M2: reminders of a shutdown, the last just before). */
  notices: { key: string; kind: string; dueAt: string | null; minutesBefore: number | null; justBefore: boolean }[];
  timeZone: string;
}

/** What a contact sees (R-M3): texts in its language, no audience, notices or override details. */
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
  status: MaintenanceStatus;
  cancelledAt: string | null;
  productId: string | null;
  /** The language the texts are in (the reader's, else English, else any). */
  locale: Locale;
}

/** Whether the customer has an iCalendar feed of its maintenance windows (the URL is shown only when made). */
export interface IcalFeedStatus {
  active: boolean;
  createdAt: string | null;
  lastUsedAt: string | null;
}

/** A feed just made or replaced: the only time its URL and token are shown. */
export interface IcalFeedSecret {
  url: string;
  token: string;
  createdAt: string;
}
