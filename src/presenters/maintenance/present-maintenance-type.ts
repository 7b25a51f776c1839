import { describeNoticeRule, type NoticeRule } from '../../core/maintenance/notice-rule.js';
import type { MaintenanceTypeRow } from '../../storage/maintenance.queries.js';
import type { MaintenanceTypeView } from '../../views/maintenance.js';

export type { MaintenanceTypeView };

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
