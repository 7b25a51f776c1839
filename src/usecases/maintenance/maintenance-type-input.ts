import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { MaintenanceTypeDefinition } from '../../core/maintenance/notice-rule.js';
import { findCalendarRow } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';

export type MaintenanceTypeDeps = { db: Db; clock: Clock };
export type MaintenanceTypeInput = MaintenanceTypeDefinition & { calendarId?: string | null };

/** Working days of notice need the vendor calendar they are counted in (R-M2). Throws VALIDATION_FAILED. */
export async function checkNoticeCalendar(db: Db, rule: MaintenanceTypeDefinition['noticeRule'], calendarId: string | null): Promise<void> {
  if (rule.kind === 'working_days_before' && !calendarId) {
    throw new DomainError('VALIDATION_FAILED', 'Working days of notice are counted in the vendor calendar: choose one.', [{ path: 'calendarId', problem: 'required by working_days_before' }]);
  }
  if (calendarId && !(await findCalendarRow(db, calendarId))) throw new DomainError('VALIDATION_FAILED', 'No such calendar.', [{ path: 'calendarId', problem: 'unknown' }]);
}
