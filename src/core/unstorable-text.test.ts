import { describe, expect, it } from 'vitest';
import { findUnstorableText } from './unstorable-text.js';

describe('findUnstorableText', () => {
  it('accepts every well-formed string, astral characters and U+FFFD included', () => {
    expect(findUnstorableText({ a: ['Ελληνικά', '😀', '\ufffd'], b: 1, c: null }, 'body')).toBeNull();
  });
  it('names the first NUL by its path', () => {
    expect(findUnstorableText({ a: ['ok', 'x\u0000'] }, 'body')).toEqual({ path: 'body.a.1', problem: 'contains a NUL character' });
  });
  it('finds lone high and low surrogates but not a pair', () => {
    expect(findUnstorableText('a\ud800', 'q')?.problem).toMatch(/lone surrogate/);
    expect(findUnstorableText('\udc00a', 'q')?.problem).toMatch(/lone surrogate/);
    expect(findUnstorableText('\ud83d\ude00', 'q')).toBeNull();
  });
  it('checks object keys too, naming them without the bad character', () => {
    expect(findUnstorableText({ 'k\u0000': 'v' }, 'body')).toEqual({ path: 'body.k', problem: 'contains a NUL character' });
  });
});
