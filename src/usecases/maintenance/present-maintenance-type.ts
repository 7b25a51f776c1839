import { describeNoticeRule, type NoticeRule } from '../../core/maintenance/notice-rule.js';
import type { MaintenanceTypeRow } from '../../storage/maintenance.queries.js';
import type { LocalizedText } from '../../storage/schema/products.js';

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

export function noticeRuleOf(r: MaintenanceTypeRow): NoticeRule {
  return r.noticeRule as NoticeRule;
}

export function presentMaintenanceType(r: MaintenanceTypeRow): MaintenanceTypeView {
  return {
    id: r.id,
    code: r.code,
    names: r.names,
    noticeRule: noticeRuleOf(r),
    noticeRuleText: describeNoticeRule(noticeRuleOf(r)),
    expectedDurationMinutes: r.expectedDurationMinutes,
    shutsDown: r.shutsDown,
    extraNoticeMinutes: [...r.extraNoticeMinutes].sort((a, b) => b - a),
    calendarId: r.calendarId,
    archivedAt: r.archivedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
