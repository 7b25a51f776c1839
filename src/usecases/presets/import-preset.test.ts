import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/actor.js';
import { targetsFor } from '../../core/catalogue/plan-terms-check.js';
import { findPlanRowByCode } from '../../storage/plans.queries.js';
import { findCalendarRowByCode } from '../../storage/calendars.queries.js';
import { ENGINES, createTestStorage, type TestStorage } from '../../../test/support/engines.js';
import { staff } from '../../../test/support/catalogue-fixtures.js';
import { getPlan } from '../plans/get-plan.js';
import { createPlanVersion } from '../plans/create-plan-version.js';
import { getCalendar } from '../calendars/get-calendar.js';
import { importPreset } from './import-preset.js';
import { listPresets } from './list-presets.js';

describe.each(ENGINES)('presets on %s (RULES "Plan presets")', (engine) => {
  let t: TestStorage;
  const clock = manualClock('2026-11-21T10:00:00Z');
  const deps = () => ({ db: t.storage.db, clock });
  beforeAll(async () => {
    t = await createTestStorage(engine);
    for (const name of ['athento-es', 'athento-en', 'altanet']) await importPreset(deps(), { name, actor: SYSTEM_ACTOR });
  });
  afterAll(() => t.dispose());

  const current = async (code: string) => {
    const row = await findPlanRowByCode(t.storage.db, code);
    if (!row) throw new Error(`no plan ${code}`);
    const plan = await getPlan(deps(), { actor: SYSTEM_ACTOR, id: row.id });
    return plan.current!.terms;
  };
  const calendarOf = async (id: string | null) => (await getCalendar(deps(), { actor: SYSTEM_ACTOR, id: id! })).versions[0]!.spec;

  it('lists the three presets with descriptions and the English column mapping', () => {
    const list = listPresets({ actor: SYSTEM_ACTOR });
    expect(list.map((p) => p.name)).toEqual(['altanet', 'athento-en', 'athento-es']);
    expect(list.find((p) => p.name === 'athento-en')?.columnMapping?.response.plans).toEqual(['athento-en-basic', 'athento-en-plus', 'athento-en-standard']);
  });

  it('001: Athento Spanish numbers match the seed', async () => {
    const ent = await current('athento-es-enterprise');
    expect(targetsFor(ent, 'blocker')?.response).toEqual({ kind: 'business_minutes', minutes: 120, indicative: false });
    expect(targetsFor(ent, 'trivial')?.resolution).toEqual({ kind: 'business_days', days: 7, indicative: false });
    expect([ent.maxAuthorizedContacts, ent.ticketsPerYear, ent.channels]).toEqual([10, 200, ['email', 'portal', 'phone']]);
    expect((await calendarOf(ent.calendarId)).weekly.mon).toEqual([['08:00', '20:00']]);
    const std = await current('athento-es-standard');
    expect(targetsFor(std, 'trivial')?.response).toEqual({ kind: 'business_days', days: 4, indicative: true });
    expect(targetsFor(std, 'blocker')?.resolution).toEqual({ kind: 'business_minutes', minutes: 600, indicative: false });
    expect([std.maxAuthorizedContacts, std.ticketsPerYear, std.channels]).toEqual([4, 50, ['email', 'portal']]);
    const plus = await current('athento-es-plus');
    expect(targetsFor(plus, 'critical')).toEqual({ response: { kind: 'business_days', days: 3, indicative: false } });
    expect([plus.maxAuthorizedContacts, plus.channels]).toEqual([null, ['email']]);
    const company = await current('athento-es-company');
    expect(targetsFor(company, 'critical')?.response).toEqual({ kind: 'business_minutes', minutes: 480, indicative: false });
    const starter = await current('athento-es-starter');
    expect([starter.calendarId, starter.channels, starter.maxAuthorizedContacts]).toEqual([null, [], 0]);
  });

  it('003: Athento English columns map Basic/Plus/Standard as the file says', async () => {
    const basic = await current('athento-en-basic');
    expect(targetsFor(basic, 'blocker')).toEqual({ response: { kind: 'business_minutes', minutes: 480, indicative: false } });
    const plus = await current('athento-en-plus');
    expect(targetsFor(plus, 'trivial')).toEqual({
      response: { kind: 'business_days', days: 4, indicative: true },
      resolution: { kind: 'business_days', days: 30, indicative: false },
    });
    const std = await current('athento-en-standard');
    expect(targetsFor(std, 'critical')?.response).toEqual({ kind: 'business_minutes', minutes: 480, indicative: false });
    expect(targetsFor(std, 'major')?.resolution).toEqual({ kind: 'business_days', days: 5, indicative: false });
    expect([std.maxAuthorizedContacts, std.ticketsPerYear]).toEqual([10, 125]);
    expect((await calendarOf(std.calendarId)).weekly.fri).toEqual([['09:00', '20:00']]);
  });

  it('002: Altanet levels match the seed', async () => {
    const std = await current('altanet-standard');
    expect(targetsFor(std, 'normal')).toEqual({
      response: { kind: 'end_of_nth_working_day', n: 1, indicative: false },
      resolution: { kind: 'estimate', indicative: false },
      minimumResolution: { kind: 'business_days', days: 3, indicative: true },
    });
    expect([std.firstResponseRule, std.highPriority, std.channels]).toEqual(['evaluation', false, ['email', 'portal']]);
    const premium = await current('altanet-premium');
    expect(targetsFor(premium, 'anything')?.response).toEqual({ kind: 'business_minutes', minutes: 240, indicative: false });
    expect([premium.highPriority, premium.channels]).toEqual([true, ['email', 'portal', 'phone']]);
    const entry = await current('altanet-entry');
    expect(entry.targets).toEqual({});
    expect(entry.entitlements.freeUpgrades).toEqual({ platform: 'none', modules: 'minor' });
    const cal = await calendarOf(premium.calendarId);
    expect([cal.timeZone, cal.holidayCountry]).toEqual(['Europe/Athens', 'GR']);
  });

  it('re-import is idempotent: nothing created, nothing versioned', async () => {
    for (const name of ['athento-es', 'athento-en', 'altanet']) {
      const r = await importPreset(deps(), { name, actor: staff('manager') });
      expect(r.counts).toMatchObject({ created: 0, new_version: 0, updated: 0 });
    }
    const cal = await findCalendarRowByCode(t.storage.db, 'madrid-weekdays-10-17');
    expect((await getCalendar(deps(), { actor: SYSTEM_ACTOR, id: cal!.id })).versions).toHaveLength(1);
  });

  it('R-P2: a plan that differs from the file gets a new version on re-import, never a duplicate', async () => {
    const row = await findPlanRowByCode(t.storage.db, 'altanet-premium');
    await createPlanVersion(deps(), { actor: staff(), planId: row!.id, effectiveFrom: '2026-12-01', terms: { highPriority: false } });
    const r = await importPreset(deps(), { name: 'altanet', actor: staff() });
    expect(r.items.find((i) => i.code === 'altanet-premium')).toMatchObject({ outcome: 'new_version', version: 3, effectiveFrom: '2026-12-02' });
    expect(r.counts.created).toBe(0);
  });

  it('unknown preset names are PRESET_NOT_FOUND; agents may not import', async () => {
    await expect(importPreset(deps(), { name: '../package', actor: SYSTEM_ACTOR })).rejects.toMatchObject({ code: 'PRESET_NOT_FOUND' });
    await expect(importPreset(deps(), { name: 'altanet', actor: staff('agent') })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
