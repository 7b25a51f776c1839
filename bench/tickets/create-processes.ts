/**
 * Ticket creation through the real `coverdesk server` command with
 * SERVER_PROCESSES=1..N on one PostgreSQL (issue 4: does running several HTTP
 * processes help on this machine?). The same world, tokens and load as
 * create-http.ts, 16 connections to the one port.
 *   npx tsx bench/tickets/create-processes.ts [--processes 1,2] [--seconds 15] [--concurrency 16]
 */
import { fork } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { BENCH_SECRET, runLoad, seedApiContacts } from './api-load.js';
import { openBenchDb } from './bench-db.js';
import { ms, summarize, table } from './stats.js';

const { values } = parseArgs({ options: { processes: { type: 'string', default: '1,2' }, seconds: { type: 'string', default: '15' }, concurrency: { type: 'string', default: '16' } } });
const COUNTS = values.processes!.split(',').map(Number);
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);
const SECRET = BENCH_SECRET;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const load = (url: string, tokens: string[], concurrency: number, durationMs: number) =>
  runLoad({ url, tokens, concurrency, durationMs, maxRequests: null, severities: ['blocker', 'critical', 'major', 'trivial'] });

const rows: string[][] = [];
for (const n of COUNTS) {
  const db = await openBenchDb('postgres', 4);
  try {
    const deps = { db: db.storage.db, clock: { now: () => new Date() } };
    const tokens = await seedApiContacts(deps, 8);
    const port = await freePort();
    const server = fork(new URL('../../bin/coverdesk.mjs', import.meta.url), ['server'], {
      env: {
        ...process.env, NODE_ENV: 'production', DATABASE_URL: db.url!, SECRET_KEY: SECRET, SERVER_PROCESSES: String(n), HOST: '127.0.0.1', PORT: String(port),
        LOG_LEVEL: 'silent', LOAD_DEMO: 'false', ADMIN_EMAIL: 'bench-admin@example.com', ADMIN_PASSWORD: 'bench admin password', ATTACHMENTS_DIR: db.scratch,
      },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve) => server.stdout!.on('data', (c: Buffer) => c.toString().includes('Coverdesk is serving') && resolve()));
    const url = `http://127.0.0.1:${port}/api/v1/portal/tickets`;
    await load(url, tokens, CONCURRENCY, 2_000); // warm-up
    const results = [await load(url, tokens, CONCURRENCY, SECONDS * 1000)];
    await new Promise<void>((resolve) => {
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });
    const ok = results.reduce((a, r) => a + r.ok, 0);
    const errors = results.reduce((a, r) => a + r.errors, 0);
    const elapsed = Math.max(...results.map((r) => r.elapsedMs));
    const s = summarize(results.flatMap((r) => r.latenciesMs));
    rows.push([String(n), (ok / (elapsed / 1000)).toFixed(0), String(errors), ms(s.p50), ms(s.p95), ms(s.p99)]);
  } finally {
    await db.dispose();
  }
}
console.log(`Ticket creation over HTTP on PostgreSQL through \`coverdesk server\` with SERVER_PROCESSES=N, ${CONCURRENCY} connections`);
console.log(table(['server processes', 'tickets/s', 'errors', 'p50', 'p95', 'p99'], rows));
console.log(`\nReproduce: npx tsx bench/tickets/create-processes.ts --processes ${COUNTS.join(',')} --seconds ${SECONDS} --concurrency ${CONCURRENCY}`);
