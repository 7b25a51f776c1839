import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv.js';

describe('csvCell: formula injection and RFC 4180 quoting', () => {
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
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a = b', 'a = b'],
  ])('text %j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  // Regression (issue 15 item 9): the ticket export had its own writer that turned the number -5
  // into "'-5" while the invoice writer wrote -5; one writer now, numbers are numbers.
  it('writes numbers as numbers, negatives included, and null as an empty cell', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-1500.5)).toBe('-1500.5');
    expect(csvCell(1042)).toBe('1042');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(() => csvCell(Number.NaN)).toThrow(RangeError);
  });

  it('writes one record with CRLF', () => {
    expect(csvRow(['Γειά', null, 3, -3, '-3'])).toBe("Γειά,,3,-3,'-3\r\n");
  });
});
