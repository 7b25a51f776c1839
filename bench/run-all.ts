/**
 * Lists and runs the benchmarks (never timed tests), one after another, each in its own process.
 *   npm run bench                       every bench
 *   npm run bench -- --list             names only
 *   npm run bench -- tickets/queue-1m   the named ones (extra --flags after `--` go to each)
 *   npm run bench -- --issue14          issue 14 item 9's figures, each with its own arguments (≈ 35 min on a quiet machine)
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
  { name: 'business-time/cli-batch', file: 'business-time/cli-batch.ts', what: '`coverdesk time add --batch` lines/s, JSON and compact (named calendar) forms' },
  { name: 'tickets/intake-server', file: 'tickets/intake-server.ts', what: 'ticket intake through the real `coverdesk server`, contract mix, at the start and the 100,000th ticket of a year' },
  { name: 'tickets/queue-http', file: 'tickets/queue-http.ts', what: 'agent queue over HTTP through the real `coverdesk server`, 8 signed-in agents, 1,000,000 tickets' },
];

/** Named sets: each bench with the arguments its figures in bench/README.md were taken with. */
const SETS: Record<string, Array<{ name: string; args: string[] }>> = {
  issue14: [
    { name: 'business-time/cli-batch', args: ['--n', '300000', '--reps', '5', '--process'] },
    { name: 'tickets/intake-server', args: ['--seconds', '20', '--concurrency', '16', '--processes', '1', '--prefill', '100000'] },
    { name: 'tickets/intake-server', args: ['--seconds', '20', '--concurrency', '16', '--processes', '2', '--prefill', '100000'] },
    { name: 'tickets/queue-http', args: ['--tickets', '1000000', '--customers', '2000', '--agents', '8', '--seconds', '30'] },
  ],
};

const args = process.argv.slice(2);
const set = Object.keys(SETS).find((k) => args.includes(`--${k}`));
const names = args.filter((a) => !a.startsWith('-'));
const passThrough = args.filter((a) => a.startsWith('-') && a !== '--list' && a !== `--${set}`);
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
const chosen = set
  ? SETS[set]!.map((s) => ({ ...available.find((b) => b.name === s.name)!, args: s.args }))
  : (names.length ? available.filter((b) => names.includes(b.name)) : available).map((b) => ({ ...b, args: passThrough }));
const failed: string[] = [];
for (const b of chosen) {
  console.log(`\n=== ${b.name} ${b.args.join(' ')}: ${b.what}\n`);
  const file = fileURLToPath(new URL(`./${b.file}`, import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...b.args], { stdio: 'inherit' });
  if (r.status !== 0) failed.push(b.name);
}
if (failed.length) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exit(1);
}
