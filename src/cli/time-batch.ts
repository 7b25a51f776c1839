import { DomainError } from '../core/errors.js';
import { definedCalendar, inlineCalendar, type CalendarEntry } from './time-calendars.js';
import { addLine, betweenLine, errorAnswer, explanation, instant, invalid, type Verb } from './time-question.js';

/** Streams the command talks to; tests pass in-memory ones. */
export interface TimeCommandIo {
  stdin: AsyncIterable<string | Uint8Array> | NodeJS.ReadableStream;
  stdout: { write(s: string): void };
  stderr: { write(s: string): void };
}

const NAME_RE = /^[^\s{]+$/;

/**
 * `coverdesk time add|between|explain --batch` (R-T2; docs/OPERATIONS.md,
 * "Business time from the command line"). Every non-blank line of stdin is one
 * of:
 *   {"calendar":…,"from":…,"minutes"|"to":…}   a question in JSON; "calendar" is the calendar
 *                                              itself, the name of one defined before, or left
 *                                              out for the default
 *   calendar NAME {…}                          names a calendar (a later line with the same
 *                                              name replaces it from there on)
 *   calendar {…}                               the default calendar (like --calendar)
 *   [NAME] FROM MINUTES|TO                     a question in the compact form
 * Each question gets one JSON line on stdout, in order; a definition gets none
 * unless it is bad. A bad line answers {"error":{"code","message","line"}}
 * (`line` counts every input line from 1) and the batch goes on.
 *
 * Why the named forms: a calendar given on every line must be serialised
 * again on every line to find its compiled tables, which cost more than the
 * question itself; a named calendar is looked up by name, and compiled once
 * per definition.
 */
export class TimeBatch {
  private readonly named = new Map<string, CalendarEntry>();
  private defaultCalendar: CalendarEntry | null = null;
  private lineNo = 0;
  failed = 0;
  private readonly verb: Verb;

  constructor(verb: Verb) {
    this.verb = verb;
  }

  /** `--calendar`: the default calendar, as if given by a first `calendar {…}` line. */
  setDefault(calendarJson: string): void {
    this.defaultCalendar = definedCalendar(calendarJson);
  }

  /** Answers one input line: the answer's JSON text, or null for a blank line or a good definition. */
  line(raw: string): string | null {
    const n = ++this.lineNo;
    const line = raw.trim();
    if (line === '') return null;
    try {
      if (line.charCodeAt(0) === 123 /* { */) return this.jsonQuestion(line);
      if (line.startsWith('calendar') && (line.length === 8 || line[8] === ' ' || line[8] === '\t' || line[8] === '{')) {
        this.define(line.slice(8).trim());
        return null;
      }
      return this.compactQuestion(line);
    } catch (err) {
      this.failed++;
      return JSON.stringify(errorAnswer(err, n));
    }
  }

  private define(rest: string): void {
    if (rest.charCodeAt(0) === 123) {
      this.defaultCalendar = definedCalendar(rest);
      return;
    }
    const space = rest.search(/\s/);
    const name = space < 0 ? rest : rest.slice(0, space);
    if (space < 0 || !NAME_RE.test(name)) invalid('a calendar line is "calendar NAME {…}" or "calendar {…}"');
    // A failed redefinition leaves the name undefined, so later questions say so instead of using the old one.
    this.named.delete(name);
    this.named.set(name, definedCalendar(rest.slice(space + 1).trim()));
  }

  private calendarNamed(name: string | undefined): CalendarEntry {
    if (name === undefined) {
      return this.defaultCalendar ?? invalid('no calendar: give --calendar, a "calendar {…}" line, a name, or "calendar" in the question');
    }
    return this.named.get(name) ?? invalid(`unknown calendar "${name}": name it first with a line "calendar ${name} {…}"`);
  }

  private compactQuestion(line: string): string {
    const parts = line.split(/\s+/);
    if (parts.length !== 2 && parts.length !== 3) invalid(`a question line is "[NAME] FROM ${this.verb === 'add' ? 'MINUTES' : this.verb === 'between' ? 'TO' : 'MINUTES|TO'}" or a JSON object`);
    const e = this.calendarNamed(parts.length === 3 ? parts[0] : undefined);
    const from = instant(parts[parts.length - 2], 'from');
    const arg = parts[parts.length - 1]!;
    if (this.verb === 'add') return addLine(e, from, arg);
    if (this.verb === 'between') return betweenLine(e, from, arg);
    return JSON.stringify(explanation(e, from, arg.includes('T') ? { to: arg } : { minutes: arg }));
  }

  private jsonQuestion(line: string): string {
    const q = parseJson(line, 'the line') as Record<string, unknown>;
    if (!q || typeof q !== 'object' || Array.isArray(q)) invalid('each line must be a JSON object');
    const c = q.calendar;
    const e = c === undefined || typeof c === 'string' ? this.calendarNamed(c) : inlineCalendar(c);
    const from = instant(q.from, 'from');
    if (this.verb === 'add') return addLine(e, from, q.minutes);
    if (this.verb === 'between') return betweenLine(e, from, q.to);
    return JSON.stringify(explanation(e, from, q));
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new DomainError('VALIDATION_FAILED', `${what} is not JSON: ${(err as Error).message}`);
  }
}

/** Reads stdin line by line, writes answers in blocks. Returns 0 when every question was answered, 1 otherwise. */
export async function runBatch(verb: Verb, io: TimeCommandIo, calendarJson: string | undefined): Promise<number> {
  const batch = new TimeBatch(verb);
  if (calendarJson !== undefined) {
    try {
      batch.setDefault(calendarJson);
    } catch (err) {
      io.stdout.write(`${JSON.stringify(errorAnswer(err))}\n`);
      return 1;
    }
  }
  const decoder = new TextDecoder();
  let out: string[] = [];
  const take = (raw: string) => {
    const answer = batch.line(raw);
    if (answer === null) return;
    out.push(answer);
    if (out.length >= 4096) {
      io.stdout.write(`${out.join('\n')}\n`);
      out = [];
    }
  };
  let carry = '';
  for await (const chunk of io.stdin as AsyncIterable<string | Uint8Array>) {
    carry += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const parts = carry.split('\n');
    carry = parts.pop()!;
    for (const p of parts) take(p);
  }
  carry += decoder.decode();
  if (carry !== '') take(carry);
  if (out.length) io.stdout.write(`${out.join('\n')}\n`);
  return batch.failed ? 1 : 0;
}
