import { describe, expect, it } from 'vitest';
import type { Preset, PresetPlan } from './preset-schema.js';
import { resolvePresetPlans } from './preset-plan-terms.js';

const plan = (code: string, over: Partial<PresetPlan> = {}): PresetPlan => ({
  code,
  name: code,
  rank: 1,
  calendar: 'cal',
  channels: ['email'],
  maxAuthorizedContacts: null,
  ticketsPerYear: null,
  overageRule: 'hold',
  firstResponseRule: 'reply',
  highPriority: false,
  services: [],
  entitlements: {},
  freeCategories: [],
  targets: {},
  notes: '',
  ...over,
});
const preset = (over: Partial<Preset>): Preset => ({
  name: 'p',
  title: 't',
  description: 'd',
  source: 's',
  effectiveFrom: '2025-01-01',
  notes: [],
  severities: [],
  calendars: [{ code: 'cal', name: 'Cal', spec: { timeZone: 'UTC', weekly: { mon: [['09:00', '17:00']], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } } }],
  plans: [plan('a'), plan('b')],
  ...over,
});

describe('preset plans (RULES "Plan presets", R-T3)', () => {
  it('assigns unlabelled columns to plans through columnMapping (seed 003)', () => {
    const [a, b] = resolvePresetPlans(
      preset({
        columnMapping: {
          note: 'n',
          severities: ['blocker', 'trivial'],
          response: { plans: ['a', 'b'], columns: [['8 hours', '> 5 days'], ['6 hours', '> 4 days']] },
          resolution: { plans: [null, 'b'], columns: [['1 day', '2 days'], ['10 hours', '< 30 days']] },
        },
      }),
    );
    expect(a!.terms.targets).toEqual({
      blocker: { response: { kind: 'business_minutes', minutes: 480, indicative: false } },
      trivial: { response: { kind: 'business_days', days: 5, indicative: true } },
    });
    expect(b!.terms.targets.trivial).toEqual({
      response: { kind: 'business_days', days: 4, indicative: true },
      resolution: { kind: 'business_days', days: 30, indicative: false },
    });
  });
  it('minimumResolution is always indicative (002: a floor, not a deadline)', () => {
    const [a] = resolvePresetPlans(preset({ plans: [plan('a', { targets: { '*': { minimumResolution: '3 εργάσιμες ημέρες' } } })] }));
    expect(a!.terms.targets['*']?.minimumResolution).toEqual({ kind: 'business_days', days: 3, indicative: true });
  });
  it('lists every problem: unreadable target, unknown calendar, unknown plan in the mapping', () => {
    const bad = () =>
      resolvePresetPlans(
        preset({
          plans: [plan('a', { calendar: 'nope', targets: { blocker: { response: 'soonish' } } })],
          columnMapping: { note: 'n', severities: ['blocker'], response: { plans: ['zzz'], columns: [['1 h']] }, resolution: { plans: [], columns: [] } },
        }),
      );
    expect(bad).toThrow(expect.objectContaining({ code: 'INVALID_PRESET' }));
    try {
      bad();
    } catch (e) {
      const paths = (e as { details: { path: string }[] }).details.map((d) => d.path);
      expect(paths).toEqual(expect.arrayContaining(['columnMapping.response.plans.0', 'plans.0.calendar', 'plans.0.targets.blocker.response']));
    }
  });
});
