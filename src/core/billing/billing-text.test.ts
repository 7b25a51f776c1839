import { describe, expect, it } from 'vitest';
import { parseEstimateDecision } from './estimate-reply.js';
import { formatMoney, toDecimalString } from './format-money.js';
import { billableWorkGate, startFirstPhase, stepPhase } from './estimate-flow.js';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('amounts in the customer\'s currency and locale', () => {
  it('formats 1234.56 EUR as es "1.234,56 €", el "1.234,56 €", en "€1,234.56"', () => {
    expect(nbsp(formatMoney(123_456, 'EUR', 'es'))).toBe('1.234,56 €');
    expect(nbsp(formatMoney(123_456, 'EUR', 'el'))).toBe('1.234,56 €');
    expect(formatMoney(123_456, 'EUR', 'en')).toBe('€1,234.56');
    expect(formatMoney(-5, 'EUR', 'en')).toBe('-€0.05');
  });

  it('uses the currency\'s minor digits without float', () => {
    expect(toDecimalString(123_456, 'EUR')).toBe('1234.56');
    expect(toDecimalString(-7, 'EUR')).toBe('-0.07');
    expect(toDecimalString(1235, 'JPY')).toBe('1235');
    expect(toDecimalString(9_007_199_254_740_991, 'EUR')).toBe('90071992547409.91');
  });
});

describe('estimate replies and phases (R-B4)', () => {
  it('reads the decision from the first word in three languages', () => {
    expect(parseEstimateDecision('Approve.\n\nThanks')).toBe('approve');
    expect(parseEstimateDecision('  aprueBO, gracias')).toBe('approve');
    expect(parseEstimateDecision('Εγκρίνω')).toBe('approve');
    expect(parseEstimateDecision('RECHAZO')).toBe('decline');
    expect(parseEstimateDecision('απορρίπτω')).toBe('decline');
    expect(parseEstimateDecision('I approve')).toBeNull();
  });

  it('allows billable work only while the approved estimate\'s current phase is in progress', () => {
    const phases = startFirstPhase([{ id: 'p1', position: 1, status: 'pending' }, { id: 'p2', position: 2, status: 'pending' }]);
    const gate = (status: 'sent' | 'approved', ph = phases) => billableWorkGate([{ id: 'e', version: 1, status, phases: ph }]);
    expect(gate('sent').allowed).toBe(false);
    expect(gate('approved')).toEqual({ allowed: true, estimateId: 'e', phaseId: 'p1' });
    const handed = stepPhase(phases, 'p1', 'hand_over');
    expect(gate('approved', handed).allowed).toBe(false);
    expect(gate('approved', stepPhase(handed, 'p1', 'reject'))).toMatchObject({ allowed: true, phaseId: 'p1' });
    const accepted = stepPhase(handed, 'p1', 'accept');
    expect(gate('approved', accepted)).toMatchObject({ allowed: true, phaseId: 'p2' });
    const done = stepPhase(stepPhase(accepted, 'p2', 'hand_over'), 'p2', 'accept');
    expect(gate('approved', done).allowed).toBe(false);
    expect(() => stepPhase(phases, 'p2', 'hand_over')).toThrow(/pending/);
  });
});
