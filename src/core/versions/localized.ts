import type { Locale } from '../notifications/render.js';

/** Text in one or more of the desk's languages (RULES §9). */
export type Localized<T = string> = Partial<Record<Locale, T>>;

const ORDER: Locale[] = ['en', 'es', 'el'];

/**
 * The reader's language, else English, else any language present (R-V4,
 * R-M3). Returns null only when the map is empty.
 */
export function pickLocalized<T>(map: Localized<T>, locale: Locale): { locale: Locale; value: T } | null {
  for (const l of [locale, ...ORDER]) {
    const v = map[l];
    if (v !== undefined) return { locale: l, value: v };
  }
  return null;
}
