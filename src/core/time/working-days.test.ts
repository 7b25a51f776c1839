import { describe, expect, it } from 'vitest';
import { addBusinessSeconds } from './add-business-seconds.js';
import { addWorkingDays } from './add-working-days.js';
import { compileCalendar } from './compile-calendar.js';
import { endOfNthWorkingDay } from './end-of-nth-working-day.js';
import { toLocalIso } from './local-time.js';
import { at } from './testing/instants.js';
import { PRESET_CALENDARS, singleVersion } from './testing/preset-calendars.js';

const range = { fromYear: 2026, toYear: 2027 };
const standard = compileCalendar(singleVersion(PRESET_CALENDARS['athento-standard']!), range);
const altanet = compileCalendar(singleVersion(PRESET_CALENDARS['altanet']!), range);
// Mon–Thu 9–17 (8 h), Fri 9–13 (4 h): days of different length.
const shortFriday = compileCalendar(
  singleVersion({ timeZone: 'Europe/Madrid', weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '13:00']], sat: [], sun: [] } }),
  range,
);
const local = (cal: typeof standard, t: number) => toLocalIso(cal, t);

describe('addWorkingDays: N business days = same offset N working days later (R-T3)', () => {
  it('R-T3 Tue 11:00 + 2 working days = Thu 11:00 on Standard 10–17', () => {
    expect(local(standard, addWorkingDays(standard, at('2026-03-10T11:00:00+01:00'), 2))).toBe('2026-03-12T11:00:00+01:00');
  });

  it('R-T3 equals N × day length on a uniform calendar, holidays included (Holy Week)', () => {
    const t = at('2026-04-01T11:00:00+02:00');
    expect(addWorkingDays(standard, t, 3)).toBe(addBusinessSeconds(standard, t, 3 * 7 * 3600));
    expect(local(standard, addWorkingDays(standard, t, 3))).toBe('2026-04-08T11:00:00+02:00'); // Wed → Mon 6, Tue 7, Wed 8
  });

  it('R-T5 before the opening counts whole days from the opening: due at a closing time, not the next morning', () => {
    // Tue 08:00 (before 10:00) + 2 working days = the whole of Tuesday and Wednesday: Wednesday 17:00.
    expect(local(standard, addWorkingDays(standard, at('2026-03-10T08:00:00+01:00'), 2))).toBe('2026-03-11T17:00:00+01:00');
    // Tue 18:00 (after closing) + 2 = Wednesday and Thursday: Thursday 17:00.
    expect(local(standard, addWorkingDays(standard, at('2026-03-10T18:00:00+01:00'), 2))).toBe('2026-03-12T17:00:00+01:00');
  });

  it('R-T5 a target day shorter than the offset is clamped to its end: due at its closing time', () => {
    // Thu 15:00 is 6 h into an 8 h day; Friday has only 4 h → end of Friday, 13:00.
    expect(local(shortFriday, addWorkingDays(shortFriday, at('2026-03-12T15:00:00+01:00'), 1))).toBe('2026-03-13T13:00:00+01:00');
    // Thu 11:00 is 2 h in: Friday 11:00. Fri 11:00 + 1 → Mon 11:00.
    expect(local(shortFriday, addWorkingDays(shortFriday, at('2026-03-12T11:00:00+01:00'), 1))).toBe('2026-03-13T11:00:00+01:00');
    expect(local(shortFriday, addWorkingDays(shortFriday, at('2026-03-13T11:00:00+01:00'), 1))).toBe('2026-03-16T11:00:00+01:00');
  });

  it('R-T5 zero working days is due at once (no budget to use up)', () => {
    expect(local(standard, addWorkingDays(standard, at('2026-03-14T12:00:00+01:00'), 0))).toBe('2026-03-14T12:00:00+01:00');
  });
});

describe('endOfNthWorkingDay: "by the end of the next working day" (R-T3, Altanet)', () => {
  const cases: Array<[string, string, number, string]> = [
    ['Monday (any hour) → end of Tuesday', '2026-03-09T11:00:00+02:00', 1, '2026-03-10T17:00:00+02:00'],
    ['Monday before opening → still end of Tuesday', '2026-03-09T07:00:00+02:00', 1, '2026-03-10T17:00:00+02:00'],
    ['Saturday → end of Monday', '2026-03-07T11:00:00+02:00', 1, '2026-03-09T17:00:00+02:00'],
    ['Friday → end of Monday', '2026-03-06T16:00:00+02:00', 1, '2026-03-09T17:00:00+02:00'],
    ['Thursday before Orthodox Easter → end of Tuesday 14 Apr', '2026-04-09T10:00:00+03:00', 1, '2026-04-14T17:00:00+03:00'],
    ['n = 2 from Monday → end of Wednesday', '2026-03-09T11:00:00+02:00', 2, '2026-03-11T17:00:00+02:00'],
  ];
  it.each(cases)('R-T3 %s', (_name, from, n, end) => {
    expect(local(altanet, endOfNthWorkingDay(altanet, at(from), n))).toBe(end);
  });

  it('R-T3 rejects n < 1 with VALIDATION_FAILED', () => {
    expect(() => endOfNthWorkingDay(altanet, at('2026-03-09T11:00:00+02:00'), 0)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
