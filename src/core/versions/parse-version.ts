import { DomainError } from '../errors.js';
import { expectedShape, type VersionScheme } from './version-scheme.js';

/** A parsed version: one non-negative integer per scheme part, most significant first. */
export type VersionKey = number[];

const PART = /^(0|[1-9][0-9]{0,8})$/;

/**
 * R-V2: parses `text` in `scheme`. Every part is a decimal integer without
 * leading zeros (so "5.09" is refused rather than silently equal to "5.9"),
 * and there are exactly as many parts as the scheme has. Throws
 * INVALID_VERSION with details { scheme, expected, example, value }.
 */
export function parseVersion(scheme: VersionScheme, text: string): VersionKey {
  const pieces = text.split('.');
  if (pieces.length !== scheme.parts.length || !pieces.every((p) => PART.test(p))) {
    const expected = expectedShape(scheme);
    throw new DomainError('INVALID_VERSION', `"${text}" is not a ${scheme.name} version: expected ${expected}, e.g. ${scheme.example}.`, {
      scheme: scheme.code,
      expected,
      example: scheme.example,
      value: text,
    });
  }
  return pieces.map(Number);
}

/** The canonical text of a version key ("5.1.2.10"). */
export function formatVersion(key: VersionKey): string {
  return key.join('.');
}

/**
 * Numeric order within one scheme (5.10 > 5.9; 5.1.2.10 > 5.1.2.9): negative
 * when a < b, 0 when equal, positive when a > b. Keys of one scheme have the
 * same length; a shorter key sorts first when they do not.
 */
export function compareVersions(a: VersionKey, b: VersionKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return Math.sign(a.length - b.length);
}
