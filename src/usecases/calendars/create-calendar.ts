import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import { todayUtc } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { CalendarSpec } from '../../core/time/calendar.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findCalendarRowByCode, insertCalendarRow, insertCalendarVersionRow } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';
import { assertCalendarSpec } from './assert-calendar-spec.js';
import { presentCalendar, presentCalendarVersion, type CalendarView, type CalendarVersionView } from '../../presenters/calendars/present-calendar.js';
import { withTx } from '../../storage/with-tx.js';

export interface CreateCalendarInput {
  actor: Actor;
  code: string;
  name: string;
  spec: CalendarSpec;
  /** Version 1's effective date; any date (there is nothing before it). Default: today (UTC). */
  effectiveFrom?: string;
}

/**
 * R-T1: creates a calendar and its version 1. Throws FORBIDDEN (not admin or
 * manager), INVALID_CALENDAR (spec problems, paths under 'spec'), CONFLICT
 * (code in use).
 */
export async function createCalendar(
  deps: { db: Db; clock: Clock },
  input: CreateCalendarInput,
): Promise<{ calendar: CalendarView; version: CalendarVersionView }> {
  assertCanEditCatalogue(input.actor);
  assertCalendarSpec(input.spec);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    if (await findCalendarRowByCode(tx, input.code)) {
      throw new DomainError('CONFLICT', `A calendar with code ${input.code} exists.`, [{ path: 'code', problem: 'already in use' }]);
    }
    const cal = await insertCalendarRow(tx, { code: input.code.trim(), name: input.name.trim(), createdAt: now, updatedAt: now });
    const v = await insertCalendarVersionRow(tx, {
      calendarId: cal.id,
      version: 1,
      effectiveFrom: input.effectiveFrom ?? todayUtc(now),
      spec: input.spec as unknown as Record<string, unknown>,
      createdAt: now,
      createdBy: input.actor.kind === 'user' ? input.actor.id : null,
    });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'calendar.created', objectType: 'calendar', objectId: cal.id, details: { code: cal.code } });
    return { calendar: presentCalendar(cal), version: presentCalendarVersion(v) };
  });
}
