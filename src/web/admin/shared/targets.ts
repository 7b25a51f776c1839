import type { TFunction } from 'i18next';
import { parseTarget } from '../../../core/sla/parse-target.js';
import type { Target } from '../../api/types';
import type { Formatters } from '../../i18n/format';

export type TargetKind = 'response' | 'resolution' | 'minimumResolution';
export const TARGET_KINDS: TargetKind[] = ['response', 'resolution', 'minimumResolution'];
export const TARGET_KIND_KEYS: Record<TargetKind, string> = {
  response: 'targets.response',
  resolution: 'targets.resolution',
  minimumResolution: 'targets.minimumResolution',
};

/** A target in the reader's language: "4 h", "3 d", "end of the next working day", "> 5 d" (indicative). */
export function targetText(t: TFunction, f: Formatters, target: Target | null | undefined): string {
  if (!target) return t('targets.none');
  let text: string;
  switch (target.kind) {
    case 'business_minutes':
      text = target.minutes % 60 === 0 ? t('targets.hours', { n: f.number(target.minutes / 60) }) : t('targets.minutes', { n: f.number(target.minutes) });
      break;
    case 'business_days':
      text = t('targets.days', { n: f.number(target.days) });
      break;
    case 'end_of_nth_working_day':
      text = target.n === 1 ? t('targets.endOfNextDay') : t('targets.endOfNthDay', { n: f.number(target.n) });
      break;
    case 'estimate':
      text = t('targets.estimate');
      break;
  }
  return target.indicative ? t('targets.indicative', { value: text }) : text;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The seed notation the editor shows and reads back (parseTarget also accepts Spanish and Greek words). */
export function targetNotation(target: Target | null | undefined): string {
  if (!target) return '';
  const mark = target.indicative ? '> ' : '';
  switch (target.kind) {
    case 'business_minutes':
      return `${mark}${target.minutes % 60 === 0 ? `${target.minutes / 60} h` : `${target.minutes} min`}`;
    case 'business_days':
      return `${mark}${target.days} d`;
    case 'end_of_nth_working_day':
      return target.n === 1 ? 'end of next working day' : `end of the ${ordinal(target.n)} working day`;
    case 'estimate':
      return 'after estimate';
  }
}

/** Reads a cell: '' = no target, else the parsed target or null when unreadable. */
export function readTarget(text: string): { ok: true; target: Target | undefined } | { ok: false } {
  if (!text.trim()) return { ok: true, target: undefined };
  try {
    return { ok: true, target: parseTarget(text) as Target };
  } catch {
    return { ok: false };
  }
}
