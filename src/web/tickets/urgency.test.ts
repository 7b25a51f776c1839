import { describe, expect, it } from 'vitest';
import type { ClockView } from '../api/ticket-types';
import { firstWarningAt, urgencyOf } from './urgency';

const at = (iso: string) => Date.parse(iso);

describe('queue countdown colours', () => {
  const due = '2026-11-23T12:00:00Z';
  const warn = '2026-11-23T09:00:00Z';
  it('is calm before the first warning, amber after it, red at and after the due time', () => {
    expect(urgencyOf(at('2026-11-23T08:59:59Z'), due, { warnAt: warn })).toBe('calm');
    expect(urgencyOf(at('2026-11-23T09:00:00Z'), due, { warnAt: warn })).toBe('warning');
    expect(urgencyOf(at('2026-11-23T11:59:59Z'), due, { warnAt: warn })).toBe('warning');
    expect(urgencyOf(at('2026-11-23T12:00:00Z'), due, { warnAt: warn })).toBe('breached');
  });
  it('stays calm without known thresholds until the breach, and red when the server says breached', () => {
    expect(urgencyOf(at('2026-11-23T11:00:00Z'), due, {})).toBe('calm');
    expect(urgencyOf(at('2026-11-23T01:00:00Z'), due, { breached: true })).toBe('breached');
  });
  it('never turns an indicative target red', () => {
    expect(urgencyOf(at('2026-11-24T00:00:00Z'), due, { warnAt: warn, indicative: true })).toBe('indicative');
  });
});

describe('firstWarningAt', () => {
  const clock = (warnings: ClockView['warnings']) => ({ warnings }) as ClockView;
  it('takes the lowest percent that has an instant (the plan’s first warning)', () => {
    expect(firstWarningAt(clock([{ percent: 90, at: '2026-11-23T11:00:00Z', reached: false }, { percent: 75, at: '2026-11-23T10:00:00Z', reached: false }]))).toBe('2026-11-23T10:00:00Z');
    expect(firstWarningAt(clock([{ percent: 75, at: null, reached: false }, { percent: 90, at: '2026-11-23T11:00:00Z', reached: false }]))).toBe('2026-11-23T11:00:00Z');
    expect(firstWarningAt(clock([]))).toBeNull();
    expect(firstWarningAt(null)).toBeNull();
  });
});
