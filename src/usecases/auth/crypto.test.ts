import { describe, expect, it } from 'vitest';
import { safeEqual } from './crypto.js';

describe('safeEqual, the one constant-time compare (issue 15 item 9)', () => {
  it('is true only for equal strings, whatever their lengths', () => {
    expect(safeEqual('csrf-token', 'csrf-token')).toBe(true);
    expect(safeEqual('csrf-token', 'csrf-tokem')).toBe(false);
    expect(safeEqual('short', 'a much longer secret')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
    expect(safeEqual('', 'x')).toBe(false);
    expect(safeEqual('Γειά', 'Γειά')).toBe(true);
    expect(safeEqual('é', 'e\u0301')).toBe(false);
  });
});
