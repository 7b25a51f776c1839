import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { loadPreset, PRESETS_DIR } from '../../../usecases/presets/load-preset.js';

const weekdays = { mon: [['10:00', '14:00']], tue: [['10:00', '14:00']], wed: [['10:00', '14:00']], thu: [['10:00', '14:00']], fri: [['10:00', '14:00']], sat: [], sun: [] };

/** Issue 12 item 10 (R-T1): "ES" or "XX" used to be stored and silently apply no holidays (Good Friday counted as working). */
describe.each(ENGINES)('holiday regions through the API on %s (R-T1)', (engine) => {
  let t: TestApp;
  let manager: AuthHeaders;
  beforeAll(async () => {
    t = await createTestApp(engine);
    manager = await t.staff('manager');
  });
  afterAll(() => t.close());
  const create = (code: string, place: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/admin/calendars', headers: manager, payload: { code, name: code, spec: { timeZone: 'Europe/Madrid', weekly: weekdays, ...place }, effectiveFrom: '2026-01-01' } });
  const daysOff2027 = async (id: string) =>
    ((await t.app.inject({ method: 'GET', url: `/api/v1/admin/calendars/${id}/versions/1/holidays?year=2027`, headers: manager })).json().holidays as Array<{ date: string }>).map((h) => h.date);
  const total = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/admin/calendars', headers: manager })).json().total as number;

  it('regression: a calendar with holidayRegion "ES" has Spain\'s national holidays, Good Friday 2027 included', async () => {
    const res = await create('es-national', { holidayRegion: 'ES' });
    expect(res.statusCode).toBe(201);
    const days = await daysOff2027(res.json().calendar.id);
    expect(days).toContain('2027-03-26');
    expect(days).not.toContain('2027-03-25');
  });

  it('a region (ES-MD, or country ES + region MD) has its own holidays too, and a sub-region form is accepted', async () => {
    for (const [code, place] of [['es-md-1', { holidayRegion: 'ES-MD' }], ['es-md-2', { holidayCountry: 'ES', holidayRegion: 'MD' }]] as const) {
      const res = await create(code, place);
      expect(res.statusCode).toBe(201);
      expect(await daysOff2027(res.json().calendar.id)).toEqual(expect.arrayContaining(['2027-03-25', '2027-03-26']));
    }
    expect((await create('de-by-a', { holidayRegion: 'DE-BY-A' })).statusCode).toBe(201);
  });

  it('regression: an unknown country or region is 400 INVALID_CALENDAR naming the field, on create and on a new version, and nothing is written', async () => {
    const before = await total();
    for (const [place, path] of [[{ holidayRegion: 'XX' }, 'spec.holidayRegion'], [{ holidayRegion: 'ES-ZZ' }, 'spec.holidayRegion'], [{ holidayCountry: 'ES', holidayRegion: 'ZZ' }, 'spec.holidayRegion'], [{ holidayCountry: 'QQ' }, 'spec.holidayCountry']] as const) {
      const res = await create(`bad-${Object.values(place).join('-').toLowerCase()}`, place);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'INVALID_CALENDAR', details: [expect.objectContaining({ path })] });
    }
    expect(await total()).toBe(before);
    const ok = (await create('es-then-bad', { holidayCountry: 'ES' })).json().calendar.id as string;
    const v2 = await t.app.inject({ method: 'POST', url: `/api/v1/admin/calendars/${ok}/versions`, headers: manager, payload: { spec: { timeZone: 'Europe/Madrid', weekly: weekdays, holidayRegion: 'XX' } } });
    expect(v2.statusCode).toBe(400);
    expect(v2.json().error.code).toBe('INVALID_CALENDAR');
  });
});

describe('holiday regions in presets (R-T1)', () => {
  it('regression: a preset whose calendar names an unknown holiday region is INVALID_PRESET with the path', () => {
    const dir = `${mkdtempSync(join(tmpdir(), 'coverdesk-presets-'))}/`;
    const preset = JSON.parse(readFileSync(`${PRESETS_DIR}altanet.json`, 'utf8')) as { name: string; calendars: Array<{ spec: Record<string, unknown> }> };
    preset.name = 'broken';
    preset.calendars[0]!.spec.holidayRegion = 'GR-ZZ';
    writeFileSync(`${dir}broken.json`, JSON.stringify(preset));
    let caught: { code?: string; details?: unknown } = {};
    try {
      loadPreset('broken', dir);
    } catch (e) {
      caught = e as typeof caught;
    }
    expect(caught).toMatchObject({ code: 'INVALID_PRESET', details: [expect.objectContaining({ path: 'calendars.0.spec.holidayRegion' })] });
    for (const name of ['athento-es', 'athento-en', 'altanet']) expect(() => loadPreset(name)).not.toThrow();
  });
});
