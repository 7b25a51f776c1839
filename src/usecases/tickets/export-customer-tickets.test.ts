import { describe, expect, it } from 'vitest';
import { csvCell } from './export-customer-tickets.js';

describe('csvCell (formula injection, RFC 4180 quoting)', () => {
  it.each([
    ['plain', 'plain'],
    ['=1+2', "'=1+2"],
    ['+33 600', "'+33 600"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=cmd|" /C calc"!A0', `"'=cmd|"" /C calc""!A0"`],
    ['a = b', 'a = b'],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
  it('writes null as an empty cell and numbers as digits', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(1042)).toBe('1042');
  });
});
