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

  it('R-T2 an unknown verb prints the usage and exits 2', async () => {
    const r = await run(['subtract']);
    expect([r.code, r.err.startsWith('usage:')]).toEqual([2, true]);
  });
});
