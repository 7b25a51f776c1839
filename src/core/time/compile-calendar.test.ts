import { describe, expect, it } from 'vitest';
import { addBusinessSeconds } from './add-business-seconds.js';
import { businessSecondsBetween } from './business-seconds-between.js';
import type { CalendarSpec } from './calendar.js';
import { compileCalendar } from './compile-calendar.js';
import { tableBytes } from './compiled-calendar.js';
import { explainAdd } from './explain-add.js';
import { isOpen } from './is-open.js';
import { toLocalIso } from './local-time.js';
import { at } from './testing/instants.js';
import { PRESET_CALENDARS, everyDay, singleVersion, weekdays } from './testing/preset-calendars.js';

const H = 3600;
const y2026 = { fromYear: 2026, toYear: 2026 };
const standard: CalendarSpec = { timeZone: 'Europe/Madrid', weekly: weekdays(['10:00', '17:00']) };

describe('compileCalendar (R-T1)', () => {
  it('R-T1 custom days: a partial day off, an extra working Saturday, extra holiday dates', () => {
    const cal = compileCalendar(
      singleVersion({
        ...standard,
        holidays: ['2026-03-10'],
        customDays: [
          { date: '2026-03-11', kind: 'closed', intervals: [['14:00', '24:00']], label: 'afternoon off' },
          { date: '2026-03-14', kind: 'open', intervals: [['09:00', '12:00']] },
        ],
      }),
      y2026,
    );
    const day = (d: string) => businessSecondsBetween(cal, at(`${d}T00:00:00+01:00`), at(`${d}T23:59:59+01:00`));
    expect([day('2026-03-10'), day('2026-03-11'), day('2026-03-14'), day('2026-03-12')]).toEqual([0, 4 * H, 3 * H, 7 * H]);
    expect(explainAdd(cal, at('2026-03-09T16:00:00+01:00'), 2 * H).dayNotes).toEqual([
      { date: '2026-03-10', notes: ['holiday'] },
      { date: '2026-03-11', notes: ['afternoon off'] },
    ]);
  });

  it('R-T1 an "open" custom day without intervals cancels a library holiday', () => {
    const spec: CalendarSpec = { ...PRESET_CALENDARS['athento-standard']!, customDays: [{ date: '2026-01-06', kind: 'open' }] };
    expect(isOpen(compileCalendar(singleVersion(spec), y2026), at('2026-01-06T11:00:00+01:00'))).toBe(true);
  });

  it('R-T1 versions: 10–14 until 30 June, 10–17 from 1 July; explanations name both versions', () => {
    const cal = compileCalendar(
      [
        { version: 2, effectiveFrom: '2026-07-01', spec: standard },
        { version: 1, effectiveFrom: '2020-01-01', spec: { ...standard, weekly: weekdays(['10:00', '14:00']) } },
      ],
      y2026,
    );
    // Tue 30 Jun 12:00 + 8 h: 12–14 (v1, 2 h), Wed 1 Jul 10–16 (v2, 6 h).
    const e = explainAdd(cal, at('2026-06-30T12:00:00+02:00'), 8 * H);
    expect(e.due.local).toBe('2026-07-01T16:00:00+02:00');
    expect(e.calendarVersions).toEqual([1, 2]);
  });

  it('R-T1 two versions effective the same day are rejected', () => {
    const v = { version: 1, effectiveFrom: '2026-01-01', spec: standard };
    expect(() => compileCalendar([v, { ...v, version: 2 }], y2026)).toThrow(
      expect.objectContaining({ code: 'INVALID_CALENDAR', details: { problems: [expect.objectContaining({ path: '[1].effectiveFrom', code: 'DUPLICATE_DATE' })] } }),
    );
  });

  it('R-T2 instants outside the compiled years throw TIME_OUT_OF_RANGE', () => {
    const cal = compileCalendar(singleVersion(standard), y2026);
    expect(() => addBusinessSeconds(cal, at('2027-01-04T10:00:00+01:00'), 60)).toThrow(expect.objectContaining({ code: 'TIME_OUT_OF_RANGE' }));
    expect(() => addBusinessSeconds(cal, at('2026-12-31T16:00:00+01:00'), 2 * H)).toThrow(expect.objectContaining({ code: 'TIME_OUT_OF_RANGE' }));
    expect(() => addBusinessSeconds(cal, at('2026-12-31T16:00:00+01:00'), -1)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('R-T1 an invalid spec throws INVALID_CALENDAR with field paths', () => {
    const bad = { ...standard, timeZone: 'Mars/Olympus' };
    expect(() => compileCalendar(singleVersion(bad), y2026)).toThrow(
      expect.objectContaining({ code: 'INVALID_CALENDAR', details: { problems: [expect.objectContaining({ path: '[0].spec.timeZone' })] } }),
    );
  });

  it('R-T2 a 24×7 calendar-year stays far under 1 MB of tables', () => {
    const cal = compileCalendar(singleVersion({ timeZone: 'UTC', weekly: everyDay(['00:00', '24:00']) }), y2026);
    expect(businessSecondsBetween(cal, at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'))).toBe(365 * 24 * H);
    expect(tableBytes(cal)).toBeLessThan(1_000_000);
    expect(toLocalIso(cal, cal.rangeEnd)).toBe('2027-01-01T00:00:00+00:00');
  });
});
