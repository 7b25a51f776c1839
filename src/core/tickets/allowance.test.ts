import { describe, expect, it } from 'vitest';
import { allowanceBooking, allowanceLeft } from './allowance.js';

// Issue 12 item 2 (R-P5): one ticket, one charge.
describe('allowance booking (R-P4, R-P5)', () => {
  it('an overage ticket takes no ticket of the allowance; a bundle adds exactly its tickets', () => {
    expect(allowanceBooking({ grace: false, unlimited: false, overage: true })).toEqual({ counts: false, exclusion: null });
    expect(allowanceBooking({ grace: false, unlimited: false, overage: false })).toEqual({ counts: true, exclusion: null });
    // 50 included, 50 used, one overage ticket, then a 10-ticket bundle: 10 left, not 9.
    expect(allowanceLeft({ included: 50, fromBundles: 10, used: 50 })).toBe(10);
  });

  it('go-live grace and unlimited plans do not count, whatever else', () => {
    expect(allowanceBooking({ grace: true, unlimited: false, overage: false })).toEqual({ counts: false, exclusion: 'go_live_grace' });
    expect(allowanceBooking({ grace: false, unlimited: true, overage: false })).toEqual({ counts: false, exclusion: 'unlimited' });
    expect(allowanceLeft({ included: null, fromBundles: 0, used: 9 })).toBeNull();
  });
});
