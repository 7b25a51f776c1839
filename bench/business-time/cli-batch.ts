/**
 * `coverdesk time add --batch` (issue 14 item 9): lines per second, warm, in
 * both input forms, on the same seeded questions over the five preset
 * calendars (interleaved, as in run.ts):
 *   - json:    one JSON object per line with the calendar inline (the original form);
 *   - named:   `calendar NAME {…}` once per calendar, then `NAME FROM MINUTES` lines;
 *   - default: `--calendar {…}` once, then `FROM MINUTES` lines (one calendar).
 * In process (runTimeCommand on 64 KiB chunks, best of --reps after one warm-up
 * run) and, with --process, through the real command (`node bin/coverdesk.mjs
 * time add --batch`, piped; figures with and without its start-up).
 * The json and named forms must give the same answers, line for line.
 *   npx tsx bench/business-time/cli-batch.ts [--n 300000] [--seed 42] [--reps 5] [--process]
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { runTimeCommand } from '../../src/cli/time-command.js';
import { toUtcIso } from '../../src/core/time/index.js';
import { PRESET_CALENDARS } from '../../src/core/time/testing/preset-calendars.js';
import { fmt } from './measure.js';
import { makeQuestions } from './questions.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '300000' }, seed: { type: 'string', default: '42' }, reps: { type: 'string', default: '5' }, process: { type: 'boolean', default: false } } });
const N = Number(values.n);
const SEED = Number(values.seed);
const REPS = Number(values.reps);
const load0 = loadavg();

// The CLI's calendar shape (docs/OPERATIONS.md, "Business time from the command line").
const names = Object.keys(PRESET_CALENDARS);
const cliCalendars = names.map((k) => {
  const s = PRESET_CALENDARS[k]!;
  return { tz: s.timeZone, hours: s.weekly, ...(s.holidayCountry ? { holidayCountry: s.holidayCountry } : {}), ...(s.holidayRegion ? { holidayRegion: s.holidayRegion } : {}) };
});
const q = makeQuestions(N, names.length, SEED);
const from = (i: number) => toUtcIso(q.from[i]!);

const jsonLines: string[] = [];
const namedLines: string[] = names.map((k, c) => `calendar ${k} ${JSON.stringify(cliCalendars[c])}`);
const defaultLines: string[] = [];
for (let i = 0; i < N; i++) {
  jsonLines.push(JSON.stringify({ calendar: cliCalendars[q.calendar[i]!], from: from(i), minutes: q.minutes[i] }));
  namedLines.push(`${names[q.calendar[i]!]} ${from(i)} ${q.minutes[i]}`);
  defaultLines.push(`${from(i)} ${q.minutes[i]}`);
}
const forms = [
  { name: 'json (calendar on every line)', argv: ['add', '--batch'], text: `${jsonLines.join('\n')}\n` },
  { name: 'named (`calendar NAME {…}` once, `NAME FROM MINUTES`)', argv: ['add', '--batch'], text: `${namedLines.join('\n')}\n` },
  { name: 'default (`--calendar {…}`, `FROM MINUTES`)', argv: ['add', '--batch', '--calendar', JSON.stringify(cliCalendars[0])], text: `${defaultLines.join('\n')}\n` },
];

/** The text in 64 KiB pieces, as a pipe delivers it. */
function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += 65_536) out.push(text.slice(i, i + 65_536));
  return out;
}

async function inProcess(argv: string[], pieces: string[]): Promise<{ ms: number; out: string; code: number }> {
  const outParts: string[] = [];
  async function* stdin() {
    yield* pieces;
  }
  const t0 = performance.now();
  const code = await runTimeCommand(argv, { stdin: stdin(), stdout: { write: (s) => void outParts.push(s) }, stderr: { write: () => {} } });
  return { ms: performance.now() - t0, out: outParts.join(''), code };
}

function throughProcess(argv: string[], text: string): Promise<{ ms: number; out: string; code: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [new URL('../../bin/coverdesk.mjs', import.meta.url).pathname, 'time', ...argv], { stdio: ['pipe', 'pipe', 'inherit'] });
    const parts: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => parts.push(b));
    child.once('error', reject);
    child.once('close', (code) => resolve({ ms: performance.now() - t0, out: Buffer.concat(parts).toString(), code: code ?? -1 }));
    child.stdin.end(text);
  });
}

const rows: Array<{ form: string; warm: number; proc?: number; procNoStart?: number }> = [];
const outputs: string[] = [];
let startupMs = 0;
// The command's own start-up (tsx, imports), best of 3, so the last column is the batch alone.
if (values.process) {
  startupMs = Infinity;
  for (let i = 0; i < 3; i++) startupMs = Math.min(startupMs, (await throughProcess(['add', '--batch'], '')).ms);
}
for (const f of forms) {
  const pieces = chunks(f.text);
  const warm = await inProcess(f.argv, pieces);
  if (warm.code !== 0) throw new Error(`${f.name}: exit ${warm.code}: ${warm.out.slice(0, 300)}`);
  outputs.push(warm.out);
  let best = Infinity;
  for (let r = 0; r < REPS; r++) best = Math.min(best, (await inProcess(f.argv, pieces)).ms);
  const row: (typeof rows)[number] = { form: f.name, warm: N / (best / 1000) };
  if (values.process) {
    const p = await throughProcess(f.argv, f.text);
    if (p.out !== warm.out) throw new Error(`${f.name}: the command's answers differ from the in-process ones`);
    row.proc = N / (p.ms / 1000);
    row.procNoStart = N / ((p.ms - startupMs) / 1000);
  }
  rows.push(row);
  process.stdout.write(`  ${f.name}: ${fmt(row.warm)} lines/s\n`);
}
if (outputs[0] !== outputs[1]) throw new Error('the json and named forms gave different answers');
const due = outputs[0]!.split('\n', 3);

console.log(`\n\`coverdesk time add --batch\`, ${fmt(N)} questions (seed ${SEED}), 5 preset calendars interleaved (default form: Athento Plus only), best of ${REPS} warm runs`);
console.log(`Machine: ${cpus().length} cores, Node ${process.version}; load average ${load0.map((l) => l.toFixed(2)).join(' ')} before, ${loadavg().map((l) => l.toFixed(2)).join(' ')} after`);
console.log(`${'form'.padEnd(56)} ${'warm lines/s'.padStart(13)}${values.process ? `  ${'command lines/s'.padStart(16)}  ${'without start-up'.padStart(17)}` : ''}`);
for (const r of rows) console.log(`${r.form.padEnd(56)} ${fmt(r.warm).padStart(13)}${r.proc ? `  ${fmt(r.proc).padStart(16)}  ${fmt(r.procNoStart!).padStart(17)}` : ''}`);
if (values.process) console.log(`(command start-up with empty input: ${startupMs.toFixed(0)} ms, subtracted in the last column)`);
console.log(`json and named forms agree on all ${fmt(N)} answers; first: ${due.slice(0, 2).join(' ')}`);
console.log(`Target: ≥ 300,000 lines/s warm — ${rows.slice(1).every((r) => r.warm >= 300_000) ? 'met' : 'NOT met'} by the compact forms`);
console.log(`\nReproduce: npx tsx bench/business-time/cli-batch.ts --n ${N} --seed ${SEED} --reps ${REPS}${values.process ? ' --process' : ''}`);
