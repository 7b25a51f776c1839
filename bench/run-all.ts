/**
 * Lists and runs the benchmarks (never timed tests), one after another, each in its own process.
 *   npm run bench                       every bench
 *   npm run bench -- --list             names only
 *   npm run bench -- tickets/queue-1m   the named ones (extra --flags after `--` go to each)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCHES: Array<{ name: string; file: string; what: string }> = [
  { name: 'business-time', file: 'business-time/run.ts', what: 'business-time arithmetic against npm peers (R-T2)' },
  { name: 'tickets/create-http', file: 'tickets/create-http.ts', what: 'ticket creation over HTTP, 16 clients, PGlite and PostgreSQL' },
  { name: 'tickets/create-processes', file: 'tickets/create-processes.ts', what: 'ticket creation through `coverdesk server` with SERVER_PROCESSES=1,2' },
  { name: 'tickets/insert-rows', file: 'tickets/insert-rows.ts', what: 'cost of an INSERT into tickets by rows per statement' },
  { name: 'tickets/queue-1m', file: 'tickets/queue-1m.ts', what: 'agent queue at 1,000,000 tickets on PostgreSQL' },
  { name: 'mail/huge-html', file: 'mail/huge-html.ts', what: 'a 13.7 MB nested-HTML mail through `coverdesk start` while /healthz and the queue are probed (issue 13)' },
  { name: 'timers/sweep', file: 'timers/sweep.ts', what: 'durable SLA timers: backlog and live sweep on PostgreSQL (R-S4)' },
];

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('-'));
const passThrough = args.filter((a) => a.startsWith('-') && a !== '--list');
const available = BENCHES.filter((b) => existsSync(fileURLToPath(new URL(`./${b.file}`, import.meta.url))));
if (args.includes('--list')) {
  for (const b of available) console.log(`${b.name.padEnd(22)} ${b.what}`);
  process.exit(0);
}
const unknown = names.filter((n) => !available.some((b) => b.name === n));
if (unknown.length) {
  console.error(`unknown bench(es): ${unknown.join(', ')}; try --list`);
  process.exit(2);
}
const chosen = names.length ? available.filter((b) => names.includes(b.name)) : available;
const failed: string[] = [];
for (const b of chosen) {
  console.log(`\n=== ${b.name}: ${b.what}\n`);
  const file = fileURLToPath(new URL(`./${b.file}`, import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...passThrough], { stdio: 'inherit' });
  if (r.status !== 0) failed.push(b.name);
}
if (failed.length) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exit(1);
}
