import { describe, expect, it } from 'vitest';
import { offersSeverity, targetsForSeverity } from './sla-input.js';

describe('severities a plan offers (R-K2)', () => {
  const graded = { blocker: { response: { kind: 'business_hours', hours: 4 } }, major: { response: { kind: 'business_hours', hours: 8 } } } as never;
  const ungraded = { '*': { response: { kind: 'business_hours', hours: 8 } } } as never;

  it('offers the severities the plan has targets for, and every one under a "*" entry', () => {
    expect(offersSeverity(graded, 'blocker')).toBe(true);
    expect(offersSeverity(graded, 'trivial')).toBe(false);
    expect(offersSeverity(ungraded, 'trivial')).toBe(true);
  });

  it('takes the targets of the severity, else of the "*" entry', () => {
    expect(targetsForSeverity(graded, 'major').response).toEqual({ kind: 'business_hours', hours: 8 });
    expect(targetsForSeverity(graded, 'trivial')).toEqual({ response: null, resolution: null });
    expect(targetsForSeverity(ungraded, 'blocker').response).toEqual({ kind: 'business_hours', hours: 8 });
  });

  it('R-S1 a plan with no targets at all takes every severity, with no targets (no commitment)', () => {
    expect(offersSeverity({}, 'trivial')).toBe(true);
    expect(targetsForSeverity({}, 'trivial')).toEqual({ response: null, resolution: null });
  });

  it('R-S1 a severity the plan does not list falls back to the plan\'s default severity', () => {
    expect(offersSeverity(graded, 'trivial', 'major')).toBe(true);
    expect(targetsForSeverity(graded, 'trivial', 'major').response).toEqual({ kind: 'business_hours', hours: 8 });
    // Its own entry still wins over the default.
    expect(targetsForSeverity(graded, 'blocker', 'major').response).toEqual({ kind: 'business_hours', hours: 4 });
  });
});
