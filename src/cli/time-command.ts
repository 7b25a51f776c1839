import { DomainError } from '../core/errors.js';
import {
  addBusinessSeconds,
  businessSecondsBetween,
  compileCalendar,
  explainAdd,
  explainBetween,
  toUtcIso,
  type CalendarSpec,
  type CompiledCalendar,
} from '../core/time/index.js';
import { parseFlags } from './flags.js';

/** Streams the command talks to; tests pass in-memory ones. */
export interface TimeCommandIo {
  stdin: AsyncIterable<string | Uint8Array> | NodeJS.ReadableStream;
  stdout: { write(s: string): void };
  stderr: { write(s: string): void };
}

type Verb = 'add' | 'between' | 'explain';
type Answer = Record<string, unknown>;

const USAGE = `usage: coverdesk time add     --calendar CAL --from ISO --minutes N     → {"due":ISO}
       coverdesk time between --calendar CAL --from ISO --to ISO         → {"seconds":N}
       coverdesk time explain --calendar CAL --from ISO (--minutes N | --to ISO)
       coverdesk time add|between|explain --batch   (JSON lines on stdin → JSON lines on stdout, same order)
CAL = {"tz":"Europe/Madrid","hours":{"mon":[["10:00","14:00"]],…,"sun":[]},"holidays":["2026-01-01"],"holidayRegion":"ES-MD"}
holidayRegion: a country ("ES": its national holidays) or a region ("ES-MD", "DE-BY-A"); an unknown one is refused.
Instants need an offset or Z. Seconds are signed (to before from gives a negative number).`;

const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const MAX_YEARS = 60;

function invalid(message: string): never {
  throw new DomainError('VALIDATION_FAILED', message);
}

function instant(value: unknown, field: string): number {
  if (typeof value !== 'string' || !ISO_RE.test(value) || Number.isNaN(Date.parse(value))) {
    invalid(`"${field}" must be an ISO 8601 instant with an offset or Z, e.g. 2026-03-27T19:00:00+01:00`);
  }
  const t = Date.parse(value) / 1000;
  if (t < Date.UTC(1901, 0, 1) / 1000 || t >= Date.UTC(2300, 0, 1) / 1000) invalid(`"${field}" must lie between 1901 and 2299`);
  return t;
}

function isoOut(t: number): string {
  return Number.isInteger(t) ? toUtcIso(t) : new Date(Math.round(t * 1000)).toISOString();
}

/** R-T1: the CLI's compact calendar shape → CalendarSpec (missing weekdays are closed). */
function toSpec(cal: unknown): CalendarSpec {
  if (!cal || typeof cal !== 'object') invalid('"calendar" must be an object like {"tz":…,"hours":{…}}');
  const c = cal as { tz?: unknown; hours?: Record<string, unknown>; holidays?: unknown; holidayRegion?: unknown; holidayCountry?: unknown };
  const hours = c.hours && typeof c.hours === 'object' ? c.hours : invalid('"calendar.hours" must be an object of weekday → intervals');
  const day = (d: string) => (hours[d] ?? []) as Array<[string, string]>;
  return {
    timeZone: c.tz as string,
    weekly: { mon: day('mon'), tue: day('tue'), wed: day('wed'), thu: day('thu'), fri: day('fri'), sat: day('sat'), sun: day('sun') },
    ...(c.holidays !== undefined ? { holidays: c.holidays as string[] } : {}),
    // R-T1: "ES" is Spain's national holidays, "ES-MD" Madrid's; an unknown code is refused when the calendar compiles.
    ...(c.holidayRegion !== undefined ? { holidayRegion: typeof c.holidayRegion === 'string' ? c.holidayRegion : invalid('"calendar.holidayRegion" must be a string like "ES" or "ES-MD"') } : {}),
    ...(c.holidayCountry !== undefined ? { holidayCountry: typeof c.holidayCountry === 'string' ? c.holidayCountry : invalid('"calendar.holidayCountry" must be a string like "ES"') } : {}),
  };
}

interface CacheEntry {
  spec: CalendarSpec;
  cal: CompiledCalendar | null;
}

/** Compiled calendars keyed by the calendar's JSON text; recompiled over a wider range when a question needs it. */
class CalendarCache {
  private readonly entries = new Map<string, CacheEntry>();

  entry(calendar: unknown): CacheEntry {
    const key = JSON.stringify(calendar);
    let e = this.entries.get(key);
    if (!e) {
      if (this.entries.size >= 256) this.entries.clear();
      e = { spec: toSpec(calendar), cal: null };
      this.entries.set(key, e);
    }
    return e;
  }

  /** Runs `fn` on a calendar compiled over the instants' years (±1), widening the range when a result lies beyond it. */
  run<T>(e: CacheEntry, instants: number[], fn: (cal: CompiledCalendar) => T): T {
    const years = instants.map((t) => new Date(t * 1000).getUTCFullYear());
    let from = Math.min(...years) - 1;
    let to = Math.max(...years) + 1;
    for (;;) {
      if (!e.cal || e.cal.fromYear > from || e.cal.toYear < to) {
        from = Math.min(from, e.cal?.fromYear ?? from);
        to = Math.max(to, e.cal?.toYear ?? to);
        e.cal = compileCalendar([{ version: 1, effectiveFrom: '1900-01-01', spec: e.spec }], { fromYear: from, toYear: to });
      }
      try {
        return fn(e.cal);
      } catch (err) {
        const span = e.cal.toYear - e.cal.fromYear;
        if (!(err instanceof DomainError && err.code === 'TIME_OUT_OF_RANGE') || span >= MAX_YEARS) throw err;
        to = Math.min(e.cal.fromYear + MAX_YEARS, e.cal.toYear + Math.max(2, span)); // a result past the range: double it
      }
    }
  }
}

function minutesOf(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) invalid('"minutes" must be a number >= 0');
  return n;
}

/** Answers one question (R-T2); throws DomainError on bad input. */
function answer(verb: Verb, q: Record<string, unknown>, cache: CalendarCache): Answer {
  const e = cache.entry(q.calendar);
  const from = instant(q.from, 'from');
  if (verb === 'add' || (verb === 'explain' && q.to === undefined)) {
    const seconds = minutesOf(q.minutes) * 60;
    if (verb === 'add') return { due: isoOut(cache.run(e, [from], (cal) => addBusinessSeconds(cal, from, seconds))) };
    return cache.run(e, [from], (cal) => explainAdd(cal, from, seconds)) as unknown as Answer;
  }
  const to = instant(q.to, 'to');
  if (verb === 'between') return { seconds: cache.run(e, [from, to], (cal) => businessSecondsBetween(cal, from, to)) };
  return cache.run(e, [from, to], (cal) => explainBetween(cal, from, to)) as unknown as Answer;
}

function errorAnswer(err: unknown): Answer {
  if (err instanceof DomainError) {
    const problems = (err.details as { problems?: Array<{ path: string; message: string }> } | null)?.problems;
    const detail = problems?.length ? `: ${problems.map((p) => `${p.path.replace(/^\[0\]\.spec\./, '')} ${p.message}`).join('; ')}` : '';
    return { error: { code: err.code, message: `${err.message}${detail}` } };
  }
  return { error: { code: 'INTERNAL', message: String((err as Error)?.message ?? err) } };
}

async function* lines(stdin: TimeCommandIo['stdin']): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let carry = '';
  for await (const chunk of stdin as AsyncIterable<string | Uint8Array>) {
    carry += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const parts = carry.split('\n');
    carry = parts.pop()!;
    yield* parts;
  }
  if (carry !== '') yield carry;
}

async function runBatch(verb: Verb, io: TimeCommandIo): Promise<number> {
  const cache = new CalendarCache();
  let failed = 0;
  let out: string[] = [];
  for await (const raw of lines(io.stdin)) {
    const line = raw.trim();
    if (line === '') continue; // blank lines get no answer
    let result: Answer;
    try {
      const q = JSON.parse(line) as unknown;
      if (!q || typeof q !== 'object' || Array.isArray(q)) invalid('each line must be a JSON object');
      result = answer(verb, q as Record<string, unknown>, cache);
    } catch (err) {
      failed++;
      result = errorAnswer(err instanceof SyntaxError ? new DomainError('VALIDATION_FAILED', `not JSON: ${err.message}`) : err);
    }
    out.push(JSON.stringify(result));
    if (out.length >= 1024) {
      io.stdout.write(`${out.join('\n')}\n`);
      out = [];
    }
  }
  if (out.length) io.stdout.write(`${out.join('\n')}\n`);
  return failed ? 1 : 0;
}

/**
 * `coverdesk time add|between|explain` (R-T2): one question from flags, or
 * `--batch` JSON lines on stdin → JSON lines on stdout in the same order; a bad
 * line answers {"error":{"code","message"}} and the batch goes on. Returns the
 * exit code: 0 all answered, 1 some question failed, 2 usage error.
 */
export async function runTimeCommand(argv: string[], io: TimeCommandIo): Promise<number> {
  const f = parseFlags(argv);
  const verb = f.positional[0] as Verb | undefined;
  if (!verb || !['add', 'between', 'explain'].includes(verb) || f.has('help')) {
    io.stderr.write(`${USAGE}\n`);
    return f.has('help') ? 0 : 2;
  }
  if (f.has('batch')) return runBatch(verb, io);
  try {
    let calendar: unknown;
    try {
      calendar = JSON.parse(f.get('calendar') ?? 'null');
    } catch {
      invalid('--calendar must be JSON');
    }
    const q = { calendar, from: f.get('from'), to: f.get('to'), minutes: f.get('minutes') };
    const result = answer(verb, q, new CalendarCache());
    io.stdout.write(`${JSON.stringify(result, null, verb === 'explain' ? 2 : undefined)}\n`);
    return 0;
  } catch (err) {
    io.stdout.write(`${JSON.stringify(errorAnswer(err))}\n`);
    return 1;
  }
}
