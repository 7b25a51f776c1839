import { computeNoticePlan, type NoticePlan } from '../../core/maintenance/notice-plan.js';
import { findLatestCalendarVersionRow } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';
import type { MaintenanceTypeRow } from '../../storage/maintenance.queries.js';
import { findReleaseRow } from '../../storage/releases.queries.js';
import { loadCompiledCalendar } from '../tickets/support/load-calendar.js';
import { noticeRuleOf } from '../../presenters/maintenance/present-maintenance-type.js';

export interface OperationTiming {
  startsAt: Date;
  durationMinutes: number;
  shutsDown: boolean;
  releaseId: string | null;
}

/**
 * R-M1/R-M2: loads what the notice rule needs (the vendor calendar compiled
 * for the years concerned, its zone, the linked release's publication) and
 * computes the notice plan at `now`. Throws VALIDATION_FAILED, TIME_OUT_OF_RANGE.
 */
export async function planOperation(db: Db, type: MaintenanceTypeRow, t: OperationTiming, now: Date): Promise<NoticePlan & { timeZone: string }> {
  const rule = noticeRuleOf(type);
  let timeZone = 'UTC';
  let calendar = null;
  if (type.calendarId) {
    const latest = await findLatestCalendarVersionRow(db, type.calendarId);
    timeZone = (latest?.spec as { timeZone?: string } | undefined)?.timeZone ?? 'UTC';
    if (rule.kind === 'working_days_before') {
      const years = [now.getUTCFullYear(), t.startsAt.getUTCFullYear()];
      calendar = await loadCompiledCalendar(db, type.calendarId, { fromYear: Math.min(...years) - 1, toYear: Math.max(...years) + 1 });
    }
  }
  let releasePublishedAt: Date | null | undefined;
  if (rule.kind === 'at_release' && t.releaseId) releasePublishedAt = (await findReleaseRow(db, t.releaseId))?.publishedAt ?? null;
  const plan = computeNoticePlan({
    rule,
    startsAt: t.startsAt,
    durationMinutes: t.durationMinutes,
    shutsDown: t.shutsDown,
    extraNoticeMinutes: type.extraNoticeMinutes,
    now,
    timeZone,
    calendar,
    releasePublishedAt,
  });
  return { ...plan, timeZone };
}
