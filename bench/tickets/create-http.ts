/**
 * Ticket creation through the HTTP API (issue 4 bench): the real app
 * (buildApp, listening on 127.0.0.1:0) on PGlite and then on PostgreSQL,
 * a seeded world per customer (unlimited allowance, or --tickets-per-year N), personal API tokens
 * for authorized contacts, and 16 concurrent keep-alive clients in a child
 * process POSTing /api/v1/portal/tickets (the 'api' channel).
 *   npx tsx bench/tickets/create-http.ts [--seconds 20] [--requests N] [--concurrency 16] [--customers 8] [--tickets-per-year N] [--engines pglite,postgres]
 * PostgreSQL: DATABASE_URL or TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); a throw-away database is created and dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { parseConfig } from '../../src/config/config.js';
import type { Clock } from '../../src/core/clock.js';
import { buildApp } from '../../src/server/app.js';
import { fileBlobStore } from '../../src/storage/blob-store.js';
import { BENCH_SECRET, runLoad, seedApiContacts } from './api-load.js';
import { openBenchDb } from './bench-db.js';
import { countAllTickets } from './count-tickets.js';
import type { LoadPlan, LoadResult } from './load-client.js';
import { ms, summarize, table } from './stats.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    requests: { type: 'string' },
    concurrency: { type: 'string', default: '16' },
    customers: { type: 'string', default: '8' },
    // A limited allowance (large enough never to run out) takes intake's allowance path (R-P5).
    'tickets-per-year': { type: 'string' },
    engines: { type: 'string', default: 'pglite,postgres' },
  },
});
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);
const CUSTOMERS = Number(values.customers);
const TICKETS_PER_YEAR = values['tickets-per-year'] ? Number(values['tickets-per-year']) : null;
const ENGINES = values.engines!.split(',') as Array<'pglite' | 'postgres'>;
const wallClock: Clock = { now: () => new Date() };
const SECRET = BENCH_SECRET;

interface EngineRun { engine: string; result: LoadResult; stored: number; where: string }

async function runEngine(engine: 'pglite' | 'postgres'): Promise<EngineRun> {
  const db = await openBenchDb(engine, 20);
  try {
    const clock = wallClock;
    const deps = { db: db.storage.db, clock };
    const tokens = await seedApiContacts(deps, CUSTOMERS, TICKETS_PER_YEAR);
    const config = parseConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', SECRET_KEY: SECRET });
    const blobs = fileBlobStore(join(db.scratch, 'blobs'));
    const app = await buildApp({ storage: db.storage, db: db.storage.db, clock, config, secretKey: SECRET, blobs });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/api/v1/portal/tickets`;
    // Warm-up (JIT, prepared plans, pool connections), not counted.
    await runLoad({ url, tokens, concurrency: CONCURRENCY, durationMs: 2_000, maxRequests: 400, severities: ['major'] });
    const before = await countAllTickets(deps.db);
    const plan: LoadPlan = {
      url, tokens, concurrency: CONCURRENCY, durationMs: SECONDS * 1000,
      maxRequests: values.requests ? Number(values.requests) : null, severities: ['blocker', 'critical', 'major', 'trivial'],
    };
    const profiler = process.env.CPU_PROFILE ? await startProfile() : null;
    const cpu0 = { server: process.cpuUsage(), postgres: postgresCpuMs() };
    const result = await runLoad(plan);
    const serverCpu = process.cpuUsage(cpu0.server);
    const pgCpu = postgresCpuMs();
    cpuPerTicket.set(engine, {
      server: (serverCpu.user + serverCpu.system) / 1000 / Math.max(1, result.ok),
      // PGlite runs inside the server process: its work is in the server's figure.
      postgres: engine === 'postgres' && pgCpu !== null && cpu0.postgres !== null ? (pgCpu - cpu0.postgres) / Math.max(1, result.ok) : null,
      client: result.cpuMs / Math.max(1, result.ok),
    });
    if (profiler) await profiler.stop(`${process.env.CPU_PROFILE}.${engine}.cpuprofile`);
    const stored = (await countAllTickets(deps.db)) - before;
    await app.close();
    return { engine, result, stored, where: db.where };
  } finally {
    await db.dispose();
  }
}

const cpuPerTicket = new Map<string, { server: number; postgres: number | null; client: number }>();

/** CPU time (ms) of every local postgres process, from /proc (null when PostgreSQL is not on this machine). */
function postgresCpuMs(): number | null {
  try {
    const tick = 1000 / 100; // USER_HZ
    let total = 0;
    let seen = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue;
      }
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (name !== 'postgres') continue;
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(f[11]) + Number(f[12])) * tick;
      seen++;
    }
    return seen ? total : null;
  } catch {
    return null;
  }
}

/** CPU_PROFILE=path: a V8 CPU profile of the server process during the measured load (open it in Chrome DevTools). */
async function startProfile() {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(path: string) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(path, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

const runs: EngineRun[] = [];
for (const e of ENGINES) {
  process.stdout.write(`${e}: seeding ${CUSTOMERS} customers, ${CUSTOMERS * 2} tokens, ${CONCURRENCY} clients for ${SECONDS} s …\n`);
  runs.push(await runEngine(e));
}
console.log(`\nTicket creation over HTTP (POST /api/v1/portal/tickets, bearer token = 'api' channel), ${CONCURRENCY} concurrent clients, ${TICKETS_PER_YEAR === null ? 'unlimited plans' : `${TICKETS_PER_YEAR} tickets a year`}, ${cpus().length} CPU cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}`);
console.log(
  table(
    ['engine', 'tickets/s', 'created', 'errors', 'p50', 'p95', 'p99', 'max'],
    runs.map(({ engine, result: r, stored }) => {
      const s = summarize(r.latenciesMs);
      return [engine, (r.ok / (r.elapsedMs / 1000)).toFixed(0), String(stored), String(r.errors), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)];
    }),
  ),
);
console.log('\nCPU per ticket created (ms): the server process, PostgreSQL (all its processes, when local) and the load client');
for (const r of runs) {
  const c = cpuPerTicket.get(r.engine)!;
  console.log(`${r.engine.padEnd(8)}  server ${c.server.toFixed(2)}  postgres ${c.postgres === null ? '— (PGlite is in the server process)' : c.postgres.toFixed(2)}  client ${c.client.toFixed(2)}`);
}
for (const r of runs) if (r.result.firstError) console.log(`${r.engine} first error: ${r.result.firstError} (statuses ${JSON.stringify(r.result.statuses)})`);
console.log('Target: > 1,000 tickets/s on PostgreSQL. Peers on this kind of machine: osTicket API ≈ 40/s, Request Tracker 5 ≈ 3/s.');
console.log(`\nReproduce: npx tsx bench/tickets/create-http.ts --seconds ${SECONDS} --concurrency ${CONCURRENCY} --customers ${CUSTOMERS}${TICKETS_PER_YEAR === null ? '' : ` --tickets-per-year ${TICKETS_PER_YEAR}`} --engines ${ENGINES.join(',')}`);
