import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entitlements } from '../catalogue/plan-terms-schema.js';
import { isDomainError } from '../errors.js';
import { ProductsPresetSchema } from '../maintenance/preset-schema.js';
import { Value } from '@sinclair/typebox/value';
import { classifyChange } from './classify-change.js';
import { daysUntil, endOfLifeDate, majorLineOf, reachedThresholds } from './end-of-life.js';
import { compareVersions, parseVersion } from './parse-version.js';
import { computeUpgradeRight } from './upgrade-right.js';
import { assertVersionScheme, type VersionScheme } from './version-scheme.js';

const preset = (name: string) => {
  const data: unknown = JSON.parse(readFileSync(new URL(`../../../presets/products/${name}.json`, import.meta.url), 'utf8'));
  if (!Value.Check(ProductsPresetSchema, data)) throw new Error(`presets/products/${name}.json does not match its schema`);
  return data;
};
const ATHENTO = preset('athento').versionSchemes[0]! as VersionScheme;
const ALTANET = preset('altanet').versionSchemes[0]! as VersionScheme;
const altanetPlans = JSON.parse(readFileSync(new URL('../../../presets/altanet.json', import.meta.url), 'utf8')) as { plans: { code: string; entitlements: Entitlements }[] };
const level = (code: string) => altanetPlans.plans.find((p) => p.code === code)!.entitlements;

function codeOf(f: () => unknown): { code: string; details: unknown } | null {
  try {
    f();
    return null;
  } catch (e) {
    return isDomainError(e) ? { code: e.code, details: e.details } : { code: 'OTHER', details: String(e) };
  }
}

describe('R-V2 version schemes as data', () => {
  it('ships two valid schemes', () => {
    expect(() => assertVersionScheme(ATHENTO)).not.toThrow();
    expect(() => assertVersionScheme(ALTANET)).not.toThrow();
  });

  it('orders Athento major.minor numerically, not lexically (5.10 > 5.9)', () => {
    const sorted = ['5.10', '4.12', '10.0', '5.9', '5.0', '4.2'].sort((a, b) => compareVersions(parseVersion(ATHENTO, a), parseVersion(ATHENTO, b)));
    expect(sorted).toEqual(['4.2', '4.12', '5.0', '5.9', '5.10', '10.0']);
    expect('5.10' < '5.9').toBe(true); // what a lexical sort would get wrong
  });

  it('orders Altanet platform-major.platform-minor.module-version.module-upgrade numerically', () => {
    const sorted = ['5.1.2.10', '5.1.2.9', '5.1.10.0', '5.1.9.99', '5.2.0.0', '4.9.9.9', '5.1.3.2'].sort((a, b) =>
      compareVersions(parseVersion(ALTANET, a), parseVersion(ALTANET, b)),
    );
    expect(sorted).toEqual(['4.9.9.9', '5.1.2.9', '5.1.2.10', '5.1.3.2', '5.1.9.99', '5.1.10.0', '5.2.0.0']);
  });

  it.each([
    [ATHENTO, ['5', '5.1.2', '5.x', '05.1', '5.09', '', '5..1', ' 5.1', '-1.0', '5.1-beta', 'v5.1', '1234567890.1']],
    [ALTANET, ['5.1.2', '5.1.2.10.1', '5.1.2.a', '5.1.02.10', '5.1.2.10 ', '']],
  ])('refuses invalid strings with INVALID_VERSION naming the scheme and its shape (%#)', (scheme, bad) => {
    for (const text of bad) {
      const err = codeOf(() => parseVersion(scheme, text));
      expect(err?.code, text).toBe('INVALID_VERSION');
      expect(err?.details).toMatchObject({ scheme: scheme.code, example: scheme.example, value: text });
    }
    expect((codeOf(() => parseVersion(ALTANET, '5.1.2'))?.details as { expected: string }).expected).toBe('platform-major.platform-minor.module-version.module-upgrade');
    expect((codeOf(() => parseVersion(ATHENTO, '5'))?.details as { expected: string }).expected).toBe('major.minor');
  });

  it('refuses an inconsistent scheme with INVALID_VERSION_SCHEME', () => {
    const bad: VersionScheme = { ...ATHENTO, parts: [ATHENTO.parts[1]!, ATHENTO.parts[0]!], example: '1.2' };
    expect(codeOf(() => assertVersionScheme(bad))?.code).toBe('INVALID_VERSION_SCHEME');
    expect(codeOf(() => assertVersionScheme({ ...ATHENTO, example: '1.2.3' }))?.code).toBe('INVALID_VERSION_SCHEME');
  });
});

describe('R-V5 Altanet upgrade matrix (presets/altanet.json entitlements)', () => {
  const right = (planCode: string, from: string, to: string) =>
    computeUpgradeRight(level(planCode), classifyChange(ALTANET, 'module', parseVersion(ALTANET, from), parseVersion(ALTANET, to)));
  const cases: Array<[string, string, string, Record<string, string>]> = [
    ['module upgrade (4th number)', '5.1.2.10', '5.1.2.11', { 'altanet-entry': 'free', 'altanet-standard': 'free', 'altanet-premium': 'free' }],
    ['module minor (3rd number)', '5.1.2.10', '5.1.3.0', { 'altanet-entry': 'free', 'altanet-standard': 'free', 'altanet-premium': 'free' }],
    ['platform minor (2nd number)', '5.1.2.10', '5.2.0.0', { 'altanet-entry': 'not_covered', 'altanet-standard': 'free', 'altanet-premium': 'free' }],
    ['platform major (1st number)', '4.3.1.2', '5.0.0.0', { 'altanet-entry': 'discount', 'altanet-standard': 'discount', 'altanet-premium': 'discount' }],
  ];
  it.each(cases)('%s: %s → %s', (_label, from, to, expected) => {
    for (const [plan, outcome] of Object.entries(expected)) {
      const r = right(plan, from, to);
      expect(r.outcome, plan).toBe(outcome);
      expect(r.reason.message.length).toBeGreaterThan(10);
      if (r.outcome === 'discount') expect([r.licenceDiscountPercent, r.migration]).toEqual([50, 'estimate']);
      if (r.outcome === 'not_covered') expect(r.reason.code).toBe('scope_not_included');
    }
  });

  it('classifies by the most significant changed part, and sees downgrades', () => {
    expect(classifyChange(ALTANET, 'module', [5, 1, 2, 10], [5, 2, 3, 0])).toMatchObject({ direction: 'upgrade', scope: 'platform', level: 'minor' });
    expect(classifyChange(ALTANET, 'module', [5, 1, 2, 10], [5, 1, 2, 9])).toMatchObject({ direction: 'downgrade', level: 'hotfix' });
    expect(classifyChange(ATHENTO, 'module', [4, 1], [4, 2])).toMatchObject({ scope: 'module', level: 'minor' });
    expect(classifyChange(ATHENTO, 'product', [4, 1], [4, 1]).direction).toBe('same');
  });

  it('covers nothing without a contract, and nothing a plan does not list', () => {
    const minor = classifyChange(ATHENTO, 'product', [4, 1], [4, 2]);
    expect(computeUpgradeRight(null, minor)).toMatchObject({ outcome: 'not_covered', reason: { code: 'no_contract' } });
    expect(computeUpgradeRight({}, minor)).toMatchObject({ outcome: 'not_covered', reason: { code: 'scope_not_included' } });
    expect(computeUpgradeRight({ freeUpgrades: { platform: 'major' } }, classifyChange(ATHENTO, 'product', [4, 1], [5, 0])).outcome).toBe('free');
  });
});

describe('R-V5 end of life', () => {
  it('adds the major lifetime in months, clamping short months', () => {
    expect(endOfLifeDate('2023-06-15', 36)).toBe('2026-06-15');
    expect(endOfLifeDate('2024-02-29', 12)).toBe('2025-02-28');
    expect(endOfLifeDate('2023-11-30', 3)).toBe('2024-02-29');
    expect(endOfLifeDate('2023-12-31', 1)).toBe('2024-01-31');
  });

  it('takes the major line from the scheme', () => {
    expect(majorLineOf(ALTANET, [5, 1, 2, 10])).toEqual([5]);
    expect(majorLineOf(ATHENTO, [4, 12])).toEqual([4]);
  });

  it('reports the thresholds reached, tightest first', () => {
    expect(daysUntil('2026-11-20', '2026-12-10')).toBe(20);
    expect(reachedThresholds('2026-11-20', '2026-12-10', [180, 30])).toEqual([30, 180]);
    expect(reachedThresholds('2026-11-20', '2027-03-10', [180, 30])).toEqual([180]);
    expect(reachedThresholds('2026-11-20', '2027-12-10', [180, 30])).toEqual([]);
  });
});
