import { describe, expect, it } from 'vitest';
import { contactZone, localDateIn } from './zones.js';

describe('zones', () => {
  it('reads a contact\'s times in its own zone, or its customer\'s while it is left at UTC', () => {
    expect(contactZone('Europe/Athens', 'Europe/Madrid')).toBe('Europe/Athens');
    expect(contactZone('UTC', 'Europe/Madrid')).toBe('Europe/Madrid');
  });

  it('gives the local date of an instant (contract dates)', () => {
    expect(localDateIn('Europe/Madrid', new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(localDateIn('America/New_York', new Date('2027-01-01T03:00:00Z'))).toBe('2026-12-31');
  });
});
