import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import { resolveEffectiveDate } from '../../core/catalogue/effective-date.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { CalendarSpec } from '../../core/time/calendar.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findCalendarRow, findLatestCalendarVersionRow, insertCalendarVersionRow, updateCalendarRow } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';
import { recomputeCalendarTickets } from '../tickets/recompute-calendar-tickets.js';
import { assertCalendarSpec } from './assert-calendar-spec.js';
import { presentCalendarVersion, type CalendarVersionView } from '../../presenters/calendars/present-calendar.js';
import { withTx } from '../../storage/with-tx.js';

/**
 * R-T1: edits a calendar by adding a version with an effective date ('YYYY-MM-DD';
 * default and minimum: today UTC, or the day after the latest version). Older
 * versions stay readable. Open tickets on the calendar are re-timed in the
 * same transaction. Throws FORBIDDEN, NOT_FOUND, INVALID_CALENDAR,
 * EFFECTIVE_DATE_TOO_EARLY.
 */
export async function createCalendarVersion(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; calendarId: string; spec: CalendarSpec; effectiveFrom?: string },
): Promise<CalendarVersionView> {
  assertCanEditCatalogue(input.actor);
  assertCalendarSpec(input.spec);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    // The row lock serialises concurrent edits, so version numbers never collide.
    const cal = await findCalendarRow(tx, input.calendarId, { lock: true });
    if (!cal) throw new DomainError('NOT_FOUND', 'No such calendar.');
    const latest = await findLatestCalendarVersionRow(tx, cal.id);
    const effectiveFrom = resolveEffectiveDate(now, latest?.effectiveFrom ?? null, input.effectiveFrom);
    const v = await insertCalendarVersionRow(tx, {
      calendarId: cal.id,
      version: (latest?.version ?? 0) + 1,
      effectiveFrom,
      spec: input.spec as unknown as Record<string, unknown>,
      createdAt: now,
      createdBy: input.actor.kind === 'user' ? input.actor.id : null,
    });
    await updateCalendarRow(tx, cal.id, { updatedAt: now });
    // R-T1/R-S5: every open ticket on this calendar is re-timed in the same transaction.
    const retimed = await recomputeCalendarTickets(tx, cal.id, now);
    await recordAudit(tx, {
      at: now,
      actor: input.actor,
      action: 'calendar.version_created',
      objectType: 'calendar',
      objectId: cal.id,
      details: { version: v.version, effectiveFrom, retimedTickets: retimed },
    });
    return presentCalendarVersion(v);
  });
}
