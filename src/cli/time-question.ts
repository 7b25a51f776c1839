import { DomainError } from '../core/errors.js';
import { addBusinessSeconds, businessSecondsBetween, explainAdd, explainBetween, toUtcIso } from '../core/time/index.js';
import { onCalendar, type CalendarEntry } from './time-calendars.js';

/** One question of `coverdesk time` (R-T2), answered as JSON. */
export type Verb = 'add' | 'between' | 'explain';
export type Answer = Record<string, unknown>;

const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const EARLIEST = Date.UTC(1901, 0, 1) / 1000;
const LATEST = Date.UTC(2300, 0, 1) / 1000;

export function invalid(message: string): never {
  throw new DomainError('VALIDATION_FAILED', message);
}

/** An ISO 8601 instant with an offset or Z → epoch seconds. */
export function instant(value: unknown, field: string): number {
  const ms = typeof value === 'string' && ISO_RE.test(value) ? parseInstantMs(value) : NaN;
  if (Number.isNaN(ms)) invalid(`"${field}" must be an ISO 8601 instant with an offset or Z, e.g. 2026-03-27T19:00:00+01:00`);
  const t = ms / 1000;
  if (t < EARLIEST || t >= LATEST) invalid(`"${field}" must lie between 1901 and 2299`);
  return t;
}

const digits2 = (s: string, i: number) => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Date.parse for a string ISO_RE accepted, with a fast path for the usual
 * "YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)" with every field in its ordinary range
 * (Date.parse cost as much as the question in a batch). Anything else (a
 * fraction, 24:00, day 31 of a short month) goes to Date.parse, so the answer
 * is always Date.parse's (time-question.test.ts compares them).
 */
export function parseInstantMs(s: string): number {
  const hasSeconds = s.charCodeAt(16) === 58; /* : */
  const z = hasSeconds ? 19 : 16;
  if (s.length !== z + 1 && s.length !== z + 6) return Date.parse(s);
  const y = digits2(s, 0) * 100 + digits2(s, 2);
  const mo = digits2(s, 5);
  const d = digits2(s, 8);
  const h = digits2(s, 11);
  const mi = digits2(s, 14);
  const sec = hasSeconds ? digits2(s, 17) : 0;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > DAYS_IN_MONTH[mo - 1]! + (leap ? 1 : 0) || h > 23 || mi > 59 || sec > 59) return Date.parse(s);
  let offset = 0;
  if (s.length === z + 6) {
    const oh = digits2(s, z + 1);
    const om = digits2(s, z + 4);
    if (oh > 23 || om > 59) return Date.parse(s);
    offset = (s.charCodeAt(z) === 45 /* - */ ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return Date.UTC(y, mo - 1, d, h, mi, sec) - offset;
}

export function minutesOf(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) invalid('"minutes" must be a number >= 0');
  return n;
}

function isoOut(t: number): string {
  return Number.isInteger(t) ? toUtcIso(t) : new Date(Math.round(t * 1000)).toISOString();
}

/** `add`: the due instant, as an answer line (no JSON.stringify: the batch writes hundreds of thousands). */
export function addLine(e: CalendarEntry, from: number, minutes: unknown): string {
  const seconds = minutesOf(minutes) * 60;
  return `{"due":"${isoOut(onCalendar(e, from, from, (cal) => addBusinessSeconds(cal, from, seconds)))}"}`;
}

/** `between`: signed business seconds, as an answer line. */
export function betweenLine(e: CalendarEntry, from: number, to: unknown): string {
  const end = instant(to, 'to');
  return `{"seconds":${onCalendar(e, from, end, (cal) => businessSecondsBetween(cal, from, end))}}`;
}

/** `explain`: why, for an amount of minutes (R-T5) or a span up to `to`. */
export function explanation(e: CalendarEntry, from: number, q: { minutes?: unknown; to?: unknown }): Answer {
  if (q.to === undefined) {
    const seconds = minutesOf(q.minutes) * 60;
    return onCalendar(e, from, from, (cal) => explainAdd(cal, from, seconds)) as unknown as Answer;
  }
  const to = instant(q.to, 'to');
  return onCalendar(e, from, to, (cal) => explainBetween(cal, from, to)) as unknown as Answer;
}

/** A coded error as an answer; `line` (1-based, in the batch input) when it came from a batch. */
export function errorAnswer(err: unknown, line?: number): Answer {
  const at = line === undefined ? {} : { line };
  if (err instanceof DomainError) {
    const problems = (err.details as { problems?: Array<{ path: string; message: string }> } | null)?.problems;
    const detail = problems?.length ? `: ${problems.map((p) => `${p.path.replace(/^\[0\]\.spec\./, '')} ${p.message}`).join('; ')}` : '';
    return { error: { code: err.code, message: `${err.message}${detail}`, ...at } };
  }
  return { error: { code: 'INTERNAL', message: String((err as Error)?.message ?? err), ...at } };
}
