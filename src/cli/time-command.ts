import { calendarEntry } from './time-calendars.js';
import { runBatch, type TimeCommandIo } from './time-batch.js';
import { addLine, betweenLine, errorAnswer, explanation, instant, invalid, type Verb } from './time-question.js';
import { parseFlags } from './flags.js';

export type { TimeCommandIo } from './time-batch.js';

const USAGE = `usage: coverdesk time add     --calendar CAL --from ISO --minutes N     → {"due":ISO}
       coverdesk time between --calendar CAL --from ISO --to ISO         → {"seconds":N}
       coverdesk time explain --calendar CAL --from ISO (--minutes N | --to ISO)
       coverdesk time add|between|explain --batch [--calendar CAL]   (lines on stdin → JSON lines on stdout, same order)
CAL = {"tz":"Europe/Madrid","hours":{"mon":[["10:00","14:00"]],…,"sun":[]},"holidays":["2026-01-01"],"holidayRegion":"ES-MD"}
holidayRegion: a country ("ES": its national holidays) or a region ("ES-MD", "DE-BY-A"); an unknown one is refused.
Instants need an offset or Z. Seconds are signed (to before from gives a negative number).
--batch lines: {"calendar":CAL|NAME,"from":ISO,"minutes":N|"to":ISO}   a question in JSON (no "calendar": the default)
               calendar NAME CAL | calendar CAL                      name a calendar once | set the default
               [NAME] FROM MINUTES|TO                                a question, compact (fastest)
A bad line answers {"error":{"code","message","line"}} and the batch goes on.`;

/**
 * `coverdesk time add|between|explain` (R-T2): one question from flags, or
 * `--batch` lines on stdin → JSON lines on stdout in the same order
 * (time-batch.ts). Returns the exit code: 0 all answered, 1 some question
 * failed, 2 usage error.
 */
export async function runTimeCommand(argv: string[], io: TimeCommandIo): Promise<number> {
  const f = parseFlags(argv);
  const verb = f.positional[0] as Verb | undefined;
  if (!verb || !['add', 'between', 'explain'].includes(verb) || f.has('help')) {
    io.stderr.write(`${USAGE}\n`);
    return f.has('help') ? 0 : 2;
  }
  if (f.has('batch')) return runBatch(verb, io, f.get('calendar'));
  try {
    let calendar: unknown;
    try {
      calendar = JSON.parse(f.get('calendar') ?? 'null');
    } catch {
      invalid('--calendar must be JSON');
    }
    const e = calendarEntry(calendar);
    const from = instant(f.get('from'), 'from');
    if (verb === 'add') io.stdout.write(`${addLine(e, from, f.get('minutes'))}\n`);
    else if (verb === 'between') io.stdout.write(`${betweenLine(e, from, f.get('to'))}\n`);
    else io.stdout.write(`${JSON.stringify(explanation(e, from, { to: f.get('to'), minutes: f.get('minutes') }), null, 2)}\n`);
    return 0;
  } catch (err) {
    io.stdout.write(`${JSON.stringify(errorAnswer(err))}\n`);
    return 1;
  }
}
