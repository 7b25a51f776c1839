import { describe, expect, it } from 'vitest';
import { parseTarget } from './parse-target.js';

describe('parseTarget: seed notation → Target (R-T3)', () => {
  const cases: Array<[string, object]> = [
    ['8 h', { kind: 'business_minutes', minutes: 480, indicative: false }],
    ['3 d', { kind: 'business_days', days: 3, indicative: false }],
    ['> 5 d', { kind: 'business_days', days: 5, indicative: true }],
    ['< 30 d', { kind: 'business_days', days: 30, indicative: false }],
    ['4 working hours', { kind: 'business_minutes', minutes: 240, indicative: false }],
    ['within the next 4 working hours', { kind: 'business_minutes', minutes: 240, indicative: false }],
    ['3 working days', { kind: 'business_days', days: 3, indicative: false }],
    ['1 working day', { kind: 'business_days', days: 1, indicative: false }],
    ['90 min', { kind: 'business_minutes', minutes: 90, indicative: false }],
    ['1.5 h', { kind: 'business_minutes', minutes: 90, indicative: false }],
    ['end of next working day', { kind: 'end_of_nth_working_day', n: 1, indicative: false }],
    ['End of the next working day', { kind: 'end_of_nth_working_day', n: 1, indicative: false }],
    ['by the end of the 2nd working day', { kind: 'end_of_nth_working_day', n: 2, indicative: false }],
    ['after estimate', { kind: 'estimate', indicative: false }],
    // Spanish (001) and Greek (002) wordings of the seeds.
    ['8 horas', { kind: 'business_minutes', minutes: 480, indicative: false }],
    ['> 5 días', { kind: 'business_days', days: 5, indicative: true }],
    ['1 día', { kind: 'business_days', days: 1, indicative: false }],
    ['Στις επόμενες 4 εργάσιμες ώρες', { kind: 'business_minutes', minutes: 240, indicative: false }],
    ['3 εργάσιμες ημέρες', { kind: 'business_days', days: 3, indicative: false }],
    ['Μέχρι το τέλος της επόμενης εργάσιμης ημέρας', { kind: 'end_of_nth_working_day', n: 1, indicative: false }],
    ['Μετά από εκτίμηση', { kind: 'estimate', indicative: false }],
  ];
  it.each(cases)('R-T3 parses %j', (text, target) => {
    expect(parseTarget(text)).toEqual(target);
  });

  it.each(['', 'soon', '3 weeks', '0 h', '2.5 d', '-', 'end of working day'])('R-T3 rejects %j with INVALID_TARGET', (text) => {
    expect(() => parseTarget(text)).toThrow(expect.objectContaining({ code: 'INVALID_TARGET' }));
  });
});
