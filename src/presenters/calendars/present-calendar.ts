import type { CalendarSpec } from '../../core/time/calendar.js';
import type { CalendarRow, CalendarVersionRow } from '../../storage/calendars.queries.js';
import type { CalendarVersionView, CalendarView } from '../../views/catalogue.js';

export type { CalendarVersionView, CalendarView };

export function presentCalendar(r: CalendarRow): CalendarView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    archivedAt: r.archivedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function presentCalendarVersion(v: CalendarVersionRow): CalendarVersionView {
  return {
    calendarId: v.calendarId,
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    spec: v.spec as unknown as CalendarSpec,
    createdAt: v.createdAt.toISOString(),
  };
}
