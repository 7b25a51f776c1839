import { describe, expect, it } from 'vitest';
import { runTimeCommand } from './time-command.js';

// Monday–Friday 10–14 in Madrid. Good Friday 2027 is 26 March (a Spanish national holiday); Maundy Thursday,
// 25 March, is a holiday in Madrid only. Summer time starts on Sunday 28 March 2027.
const calendar = (place: Record<string, string>) => ({
  tz: 'Europe/Madrid',
  hours: { mon: [['10:00', '14:00']], tue: [['10:00', '14:00']], wed: [['10:00', '14:00']], thu: [['10:00', '14:00']], fri: [['10:00', '14:00']], sat: [], sun: [] },
  ...place,
});

async function add(place: Record<string, string>, from: string, minutes: number) {
  let out = '';
  let err = '';
  async function* stdin() {}
  const code = await runTimeCommand(['add', '--calendar', JSON.stringify(calendar(place)), '--from', from, '--minutes', String(minutes)], {
    stdin: stdin(), stdout: { write: (s) => void (out += s) }, stderr: { write: (s) => void (err += s) },
  });
  return { code, answer: (out.trim() ? JSON.parse(out) : JSON.parse(err)) as { due?: string; error?: { code: string; message: string } } };
}

describe('coverdesk time: the holiday region means what it says (R-T1, issue 12 item 10)', () => {
  it('regression: "holidayRegion":"ES" skips Good Friday 2027 (it used to count it as a working day)', async () => {
    // Thu 25 Mar 13:00 + 120 min: 13–14 on Thursday, Friday off, Monday 29 Mar 10–11 CEST.
    const r = await add({ holidayRegion: 'ES' }, '2027-03-25T13:00:00+01:00', 120);
    expect(r).toEqual({ code: 0, answer: { due: '2027-03-29T09:00:00Z' } });
  });

  it('"ES-MD" adds Madrid\'s Maundy Thursday to the national Good Friday', async () => {
    // Wed 24 Mar 13:00 + 120 min: 13–14 on Wednesday, Thursday and Friday off, Monday 10–11 CEST.
    expect((await add({ holidayRegion: 'ES-MD' }, '2027-03-24T13:00:00+01:00', 120)).answer).toEqual({ due: '2027-03-29T09:00:00Z' });
    expect((await add({ holidayRegion: 'ES' }, '2027-03-24T13:00:00+01:00', 120)).answer).toEqual({ due: '2027-03-25T10:00:00Z' });
  });

  it('regression: an unknown country or region is refused with INVALID_CALENDAR naming the field, not read as "no holidays"', async () => {
    for (const [place, says] of [
      [{ holidayRegion: 'XX' }, 'holidayRegion no holiday calendar for country "XX"'],
      [{ holidayRegion: 'ES-ZZ' }, 'holidayRegion ES has no region "ZZ"'],
      [{ holidayCountry: 'XX' }, 'holidayCountry no holiday calendar for country "XX"'],
    ] as const) {
      const r = await add(place, '2027-03-25T13:00:00+01:00', 120);
      expect(r.code).toBe(1);
      expect(r.answer.error).toMatchObject({ code: 'INVALID_CALENDAR' });
      expect(r.answer.error!.message).toContain(says);
    }
  });
});
