import { describe, expect, it } from 'vitest';
import { instantToWall, wallToInstant } from './zoned-time';

describe('zoned-time: datetime-local values in a named zone (Temporal, issue 15 item 9)', () => {
  it('reads and writes wall times in the zone, whatever the machine is set to', () => {
    expect(wallToInstant('2026-07-01T09:30', 'Europe/Madrid')).toBe('2026-07-01T07:30:00.000Z');
    expect(wallToInstant('2026-01-15T09:30', 'Europe/Athens')).toBe('2026-01-15T07:30:00.000Z');
    expect(instantToWall('2026-07-01T07:30:00.000Z', 'Europe/Madrid')).toBe('2026-07-01T09:30');
    expect(instantToWall(new Date('2026-12-31T23:59:59.999Z'), 'Pacific/Kiritimati')).toBe('2027-01-01T13:59');
  });

  // Regressions: the hand-written conversion took the second 02:30 of 2026-10-25 (core takes the
  // first) and read 2026-02-30 as 2 March.
  it('moves a time in the spring-forward gap forward and takes the first of a repeated hour', () => {
    // Madrid, 2026-03-29: 02:00 → 03:00; 2026-10-25: 03:00 → 02:00.
    expect(wallToInstant('2026-03-29T02:30', 'Europe/Madrid')).toBe('2026-03-29T01:30:00.000Z');
    expect(wallToInstant('2026-10-25T02:30', 'Europe/Madrid')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('answers null for what is not a wall time', () => {
    expect(wallToInstant('', 'Europe/Madrid')).toBeNull();
    expect(wallToInstant('tomorrow', 'Europe/Madrid')).toBeNull();
    expect(wallToInstant('2026-02-30T10:00', 'Europe/Madrid')).toBeNull();
  });
});
