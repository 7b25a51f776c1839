import { describe, expect, it } from 'vitest';
import { runTimeCommand } from './time-command.js';

const MADRID_PLUS = {
  tz: 'Europe/Madrid',
  hours: { mon: [['10:00', '14:00']], tue: [['10:00', '14:00']], wed: [['10:00', '14:00']], thu: [['10:00', '14:00']], fri: [['10:00', '14:00']], sat: [], sun: [] },
  holidays: ['2026-03-30'],
  holidayRegion: 'ES-MD',
};

async function run(argv: string[], stdinLines: string[] = []) {
  let out = '';
  let err = '';
  async function* stdin() {
    // Split the input at awkward places, as a pipe would.
    const text = stdinLines.join('\n');
    for (let i = 0; i < text.length; i += 37) yield text.slice(i, i + 37);
  }
  const code = await runTimeCommand(argv, { stdin: stdin(), stdout: { write: (s) => void (out += s) }, stderr: { write: (s) => void (err += s) } });
  const lines = () => (out.trim() === '' ? [] : out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>));
  return { code, out, err, get lines() { return lines(); } };
}

describe('coverdesk time (R-T2)', () => {
  it('R-T2 add answers one question from flags', async () => {
    // Plus 10–14: Fri 27 Mar 13:00 + 120 min = 13–14 (1 h); Mon 30 Mar is a custom holiday; Tue 31 Mar 10–11 CEST.
    const r = await run(['add', '--calendar', JSON.stringify(MADRID_PLUS), '--from', '2026-03-27T13:00:00+01:00', '--minutes', '120']);
    expect(r).toMatchObject({ code: 0, lines: [{ due: '2026-03-31T09:00:00Z' }] });
  });

  it('R-T2 between answers signed seconds', async () => {
    const args = ['between', '--calendar', JSON.stringify(MADRID_PLUS), '--from', '2026-03-27T13:00:00+01:00', '--to', '2026-03-31T11:00:00+02:00'];
    expect((await run(args)).lines).toEqual([{ seconds: 7200 }]);
  });

  it('R-T5 add returns the closing time when the budget runs out exactly at closing', async () => {
    // Plus 10–14: Fri 27 Mar 13:00 + 60 min ends at the 14:00 closing, not at Tuesday's opening.
    const r = await run(['add', '--calendar', JSON.stringify(MADRID_PLUS), '--from', '2026-03-27T13:00:00+01:00', '--minutes', '60']);
    expect(r).toMatchObject({ code: 0, lines: [{ due: '2026-03-27T13:00:00Z' }] });
  });

  it('R-T5 explain says why the due instant is the closing time, and names the next opening', async () => {
    const r = await run(['explain', '--calendar', JSON.stringify(MADRID_PLUS), '--from', '2026-03-27T13:00:00+01:00', '--minutes', '60']);
    const e = JSON.parse(r.out) as { due: { local: string }; dueAtClosing: boolean; nextOpening: { local: string }; why: string; dayNotes: unknown[] };
    expect([e.due.local, e.nextOpening.local, e.dueAtClosing]).toEqual(['2026-03-27T14:00:00+01:00', '2026-03-31T10:00:00+02:00', true]);
    expect(e.why).toMatch(/run out exactly at the closing time 2026-03-27T14:00:00\+01:00/);
    expect(e.dayNotes).toEqual([{ date: '2026-03-30', notes: ['holiday'] }]);
  });

  it('R-T2 --batch: JSON lines in, JSON lines out in the same order; a bad line gets an error and the batch goes on', async () => {
    const q = (from: string, minutes: unknown) => JSON.stringify({ calendar: MADRID_PLUS, from, minutes });
    const r = await run(['add', '--batch'], [
      q('2026-03-27T13:00:00+01:00', 120),
      'not json',
      q('2026-03-27T13:00', 60),
      JSON.stringify({ calendar: { ...MADRID_PLUS, tz: 'Nowhere/City' }, from: '2026-03-27T13:00:00+01:00', minutes: 1 }),
      q('2026-12-31T13:00:00+01:00', 2000 * 60), // 500 working days: past the compiled 2025–2027, the cache widens them
      '',
      q('2026-03-27T13:00:00+01:00', -5),
      q('2026-03-27T13:00:00+01:00', 0),
    ]);
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => (l.error ? (l.error as { code: string }).code : l.due))).toEqual([
      '2026-03-31T09:00:00Z',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'INVALID_CALENDAR',
      expect.stringMatching(/^2028-12-/),
      'VALIDATION_FAILED',
      '2026-03-27T12:00:00Z',
    ]);
    expect((r.lines[3]!.error as { message: string }).message).toContain('timeZone');
    // Cross-check the widened answer: exactly 2,000 business hours lie between the two instants.
    const back = await run(['between', '--calendar', JSON.stringify(MADRID_PLUS), '--from', '2026-12-31T13:00:00+01:00', '--to', r.lines[4]!.due as string]);
    expect(back.lines).toEqual([{ seconds: 2000 * 3600 }]);
  });

  it('R-T2 between --batch with several calendars', async () => {
    const q = (cal: object, from: string, to: string) => JSON.stringify({ calendar: cal, from, to });
    const allDay = { tz: 'America/New_York', hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])) };
    const r = await run(['between', '--batch'], [
      q(allDay, '2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00'),
      q(MADRID_PLUS, '2026-03-27T13:00:00+01:00', '2026-03-31T11:00:00+02:00'),
      q(allDay, '2026-11-02T00:00:00-05:00', '2026-11-01T00:00:00-04:00'),
    ]);
    expect(r).toMatchObject({ code: 0, lines: [{ seconds: 23 * 3600 }, { seconds: 7200 }, { seconds: -25 * 3600 }] });
  });

  it('R-T2 --batch compact form: a calendar named once, then "NAME FROM MINUTES" lines, answered like the JSON form', async () => {
    const allDay = { tz: 'America/New_York', hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])) };
    const questions: Array<[string, object, string, number]> = [
      ['plus', MADRID_PLUS, '2026-03-27T13:00:00+01:00', 120],
      ['ny', allDay, '2026-03-08T00:00:00-05:00', 60 * 24], // 24 h of a 24×7 calendar across the spring-forward night: 01:00 EDT
      ['plus', MADRID_PLUS, '2026-03-27T13:00:00+01:00', 60],
      ['plus', MADRID_PLUS, '2026-12-31T13:00:00+01:00', 2000 * 60], // past the compiled years: the cache widens them
    ];
    const compact = await run(['add', '--batch'], [
      `calendar plus ${JSON.stringify(MADRID_PLUS)}`,
      `calendar\tny   ${JSON.stringify(allDay)}`,
      ...questions.map(([name, , from, minutes]) => `${name} ${from}\t${minutes}`),
    ]);
    const json = await run(['add', '--batch'], questions.map(([, calendar, from, minutes]) => JSON.stringify({ calendar, from, minutes })));
    expect(compact.code).toBe(0);
    expect(compact.lines).toEqual(json.lines);
    expect(compact.lines.slice(0, 3)).toEqual([{ due: '2026-03-31T09:00:00Z' }, { due: '2026-03-09T05:00:00Z' }, { due: '2026-03-27T13:00:00Z' }]);
  });

  it('R-T2 --batch --calendar (or a "calendar {…}" line) sets the default for "FROM MINUTES" lines and JSON lines without a calendar', async () => {
    const viaFlag = await run(['add', '--batch', '--calendar', JSON.stringify(MADRID_PLUS)], [
      '2026-03-27T13:00:00+01:00 120',
      JSON.stringify({ from: '2026-03-27T13:00:00+01:00', minutes: 60 }),
    ]);
    const viaLine = await run(['add', '--batch'], [`calendar ${JSON.stringify(MADRID_PLUS)}`, '2026-03-27T13:00:00+01:00 120', JSON.stringify({ from: '2026-03-27T13:00:00+01:00', minutes: 60 })]);
    expect(viaFlag).toMatchObject({ code: 0, lines: [{ due: '2026-03-31T09:00:00Z' }, { due: '2026-03-27T13:00:00Z' }] });
    expect(viaLine.lines).toEqual(viaFlag.lines);
  });

  it('R-T2 --batch compact between and explain; a redefined name answers with its new version from that line on', async () => {
    const allDay = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]));
    const between = await run(['between', '--batch'], [
      `calendar c ${JSON.stringify(MADRID_PLUS)}`,
      'c 2026-03-27T13:00:00+01:00 2026-03-31T11:00:00+02:00',
      `calendar c ${JSON.stringify({ tz: 'UTC', hours: allDay })}`,
      'c 2026-03-27T13:00:00Z 2026-03-27T15:00:00Z',
      JSON.stringify({ calendar: 'c', from: '2026-03-27T13:00:00Z', to: '2026-03-27T14:00:00Z' }),
    ]);
    expect(between).toMatchObject({ code: 0, lines: [{ seconds: 7200 }, { seconds: 7200 }, { seconds: 3600 }] });
    const explain = await run(['explain', '--batch', '--calendar', JSON.stringify(MADRID_PLUS)], ['2026-03-27T13:00:00+01:00 60', '2026-03-27T13:00:00+01:00 2026-03-31T11:00:00+02:00']);
    expect(explain.code).toBe(0);
    expect(explain.lines[0]).toMatchObject({ dueAtClosing: true });
    expect(explain.lines[1]).toHaveProperty('dayNotes');
  });

  it('R-T2 --batch: every bad line answers a coded error with its line number, and the batch goes on', async () => {
    const r = await run(['add', '--batch'], [
      '2026-03-27T13:00:00+01:00 120', //                                1: no default calendar
      `calendar plus ${JSON.stringify(MADRID_PLUS)}`, //                 2: fine, no answer
      'other 2026-03-27T13:00:00+01:00 120', //                          3: never named
      `calendar bad ${JSON.stringify({ ...MADRID_PLUS, tz: 'Nowhere/City' })}`, // 4: invalid calendar, on its own line
      'bad 2026-03-27T13:00:00+01:00 120', //                            5: so "bad" stays unnamed
      '', //                                                             6: blank, no answer
      'plus 2026-03-27T13:00 120', //                                    7: no offset
      'plus 2026-03-27T13:00:00+01:00 -5', //                            8: negative minutes
      'plus 2026-03-27T13:00:00+01:00 ten', //                           9: not a number
      'plus 2026-03-27T13:00:00+01:00 120 extra', //                    10: too many fields
      'calendar plus {not json', //                                     11: definition not JSON
      'plus 2026-03-27T13:00:00+01:00 120', //                          12: "plus" failed to redefine on 11: unknown now
      'calendar', //                                                    13: nothing to define
      '{"calendar":"plus","from":"2026-03-27T13:00:00+01:00"', //       14: broken JSON line
      `calendar plus ${JSON.stringify(MADRID_PLUS)}`, //               15
      'plus 2026-03-27T13:00:00+01:00 0', //                            16: fine
    ]);
    expect(r.code).toBe(1);
    const got = r.lines.map((l) => (l.error ? [(l.error as { line: number }).line, (l.error as { code: string }).code] : l.due));
    expect(got).toEqual([
      [1, 'VALIDATION_FAILED'],
      [3, 'VALIDATION_FAILED'],
      [4, 'INVALID_CALENDAR'],
      [5, 'VALIDATION_FAILED'],
      [7, 'VALIDATION_FAILED'],
      [8, 'VALIDATION_FAILED'],
      [9, 'VALIDATION_FAILED'],
      [10, 'VALIDATION_FAILED'],
      [11, 'VALIDATION_FAILED'],
      [12, 'VALIDATION_FAILED'],
      [13, 'VALIDATION_FAILED'],
      [14, 'VALIDATION_FAILED'],
      '2026-03-27T12:00:00Z',
    ]);
    const message = (i: number) => (r.lines[i]!.error as { message: string }).message;
    expect([message(0), message(1), message(2), message(3)]).toEqual([
      expect.stringContaining('no calendar'),
      expect.stringContaining('unknown calendar "other"'),
      expect.stringContaining('timeZone'),
      expect.stringContaining('unknown calendar "bad"'),
    ]);
  });

  it('R-T2 --batch with a bad --calendar answers its coded error and reads nothing', async () => {
    const r = await run(['add', '--batch', '--calendar', '{"tz":'], ['2026-03-27T13:00:00+01:00 120']);
    expect(r).toMatchObject({ code: 1, lines: [{ error: { code: 'VALIDATION_FAILED' } }] });
  });

  it('R-T2 an unknown verb prints the usage and exits 2', async () => {
    const r = await run(['subtract']);
    expect([r.code, r.err.startsWith('usage:')]).toEqual([2, true]);
  });
});
