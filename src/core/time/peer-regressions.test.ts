import { describe, expect, it } from 'vitest';
import { addBusinessSeconds } from './add-business-seconds.js';
import { businessSecondsBetween } from './business-seconds-between.js';
import type { CalendarSpec } from './calendar.js';
import { compileCalendar } from './compile-calendar.js';
import { isOpen } from './is-open.js';
import { toLocalIso } from './local-time.js';
import { nextOpening } from './next-opening.js';
import { at } from './testing/instants.js';
import { PRESET_CALENDARS, singleVersion, weekdays } from './testing/preset-calendars.js';

const H = 3600;
const compile = (spec: CalendarSpec) => compileCalendar(singleVersion(spec), { fromYear: 2026, toYear: 2026 });

describe('bugs reported against peer helpdesks, as regressions (R-T1, R-T2)', () => {
  it('osTicket #6847: a lunch break is two intervals, not a holiday', () => {
    const cal = compile({ timeZone: 'Europe/Madrid', weekly: weekdays(['09:00', '13:00'], ['15:00', '18:00']) });
    // Tue 10 Mar 12:00 + 2 h: 12–13 (1 h), lunch, 15–16 (1 h).
    expect(toLocalIso(cal, addBusinessSeconds(cal, at('2026-03-10T12:00:00+01:00'), 2 * H))).toBe('2026-03-10T16:00:00+01:00');
    expect(isOpen(cal, at('2026-03-10T14:00:00+01:00'))).toBe(false);
    expect(toLocalIso(cal, nextOpening(cal, at('2026-03-10T13:30:00+01:00')))).toBe('2026-03-10T15:00:00+01:00');
    expect(businessSecondsBetween(cal, at('2026-03-10T00:00:00+01:00'), at('2026-03-11T00:00:00+01:00'))).toBe(7 * H);
  });

  it('osTicket #6739: a schedule with only Tuesday and Wednesday set', () => {
    const cal = compile({ timeZone: 'Europe/Madrid', weekly: { mon: [], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [], fri: [], sat: [], sun: [] } });
    // Thu 5 Mar 10:00 + 10 h: nothing until Tue 10 Mar 9–17 (8 h), Wed 11 Mar 9–11.
    expect(toLocalIso(cal, addBusinessSeconds(cal, at('2026-03-05T10:00:00+01:00'), 10 * H))).toBe('2026-03-11T11:00:00+01:00');
  });

  it('Frappe #2075: a ticket created on a non-working day starts counting at the next opening', () => {
    const cal = compile(PRESET_CALENDARS['athento-standard']!);
    const saturday = at('2026-03-21T11:00:00+01:00');
    expect(toLocalIso(cal, nextOpening(cal, saturday))).toBe('2026-03-23T10:00:00+01:00');
    // First response Monday 10:30: 30 business minutes, not 47.5 h.
    expect(businessSecondsBetween(cal, saturday, at('2026-03-23T10:30:00+01:00'))).toBe(1800);
    expect(toLocalIso(cal, addBusinessSeconds(cal, saturday, 6 * H))).toBe('2026-03-23T16:00:00+01:00');
  });

  it('Zammad #3706: holidays are not a day early (date-holidays start instants are in UTC the day before)', () => {
    // Epiphany 6 Jan 2026 starts 2026-01-05T23:00Z in Madrid; Greek Independence Day 25 Mar starts 24 Mar 22:00Z.
    const madrid = compile(PRESET_CALENDARS['athento-enterprise']!);
    expect(isOpen(madrid, at('2026-01-05T19:00:00+01:00'))).toBe(true);
    expect(isOpen(madrid, at('2026-01-06T10:00:00+01:00'))).toBe(false);
    expect(isOpen(madrid, at('2026-01-07T08:00:00+01:00'))).toBe(true);
    const athens = compile(PRESET_CALENDARS['altanet']!);
    expect(isOpen(athens, at('2026-03-24T16:59:59+02:00'))).toBe(true);
    expect(isOpen(athens, at('2026-03-25T10:00:00+02:00'))).toBe(false);
    expect(isOpen(athens, at('2026-03-26T09:00:00+02:00'))).toBe(true);
  });

  it('R-T1 observances are not days off by default; holidayTypes can add them', () => {
    const base = PRESET_CALENDARS['athento-standard']!;
    // San José, Thu 19 Mar 2026, is an "observance" for ES-MD in date-holidays.
    const sanJose = [at('2026-03-19T00:00:00+01:00'), at('2026-03-20T00:00:00+01:00')] as const;
    expect(businessSecondsBetween(compile(base), ...sanJose)).toBe(7 * H);
    expect(businessSecondsBetween(compile({ ...base, holidayTypes: ['public', 'observance'] }), ...sanJose)).toBe(0);
  });
});
