/**
 * Ticket creation through the HTTP API (issue 4 bench): the real app
 * (buildApp, listening on 127.0.0.1:0) on PGlite and then on PostgreSQL,
 * a seeded world per customer (unlimited allowance), personal API tokens
 * for authorized contacts, and 16 concurrent keep-alive clients in a child
 * process POSTing /api/v1/portal/tickets (the 'api' channel).
 *   npx tsx bench/tickets/create-http.ts [--seconds 20] [--requests N] [--concurrency 16] [--customers 8] [--engines pglite,postgres]
 * PostgreSQL: DATABASE_URL or TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); a throw-away database is created and dropped.
 */
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { parseConfig } from '../../src/config/config.js';
import type { Clock } from '../../src/core/clock.js';
import { buildApp } from '../../src/server/app.js';
import { findActor } from '../../src/storage/auth.queries.js';
import { fileBlobStore } from '../../src/storage/blob-store.js';
import { createApiToken } from '../../src/usecases/tokens/create-api-token.js';
import { createTicketWorld } from '../../test/support/ticket-world.js';
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
    engines: { type: 'string', default: 'pglite,postgres' },
  },
});
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);
const CUSTOMERS = Number(values.customers);
const ENGINES = values.engines!.split(',') as Array<'pglite' | 'postgres'>;
const wallClock: Clock = { now: () => new Date() };
const SECRET = 'bench-secret-key-0123456789abcdef0123456789';

interface EngineRun { engine: string; result: LoadResult; stored: number; where: string }

async function runEngine(engine: 'pglite' | 'postgres'): Promise<EngineRun> {
  const db = await openBenchDb(engine, 20);
  try {
    const clock = wallClock;
    const deps = { db: db.storage.db, clock };
    const tokens: string[] = [];
    for (let c = 0; c < CUSTOMERS; c++) {
      const w = await createTicketWorld(deps, { terms: { ticketsPerYear: null }, startDate: '2020-01-01', withSeverities: c === 0 });
      for (const contact of [w.authorized, w.admin]) {
        const actor = (await findActor(deps.db, 'contact', contact.id))!;
        tokens.push((await createApiToken({ ...deps, secretKey: SECRET }, { actor, name: 'bench' })).token);
      }
    }
    const config = parseConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', SECRET_KEY: SECRET });
    const blobs = fileBlobStore(join(db.scratch, 'blobs'));
    const app = await buildApp({ storage: db.storage, db: db.storage.db, clock, config, secretKey: SECRET, blobs });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/api/v1/portal/tickets`;
    // Warm-up (JIT, prepared plans, pool connections), not counted.
    await load({ url, tokens, concurrency: CONCURRENCY, durationMs: 2_000, maxRequests: 400, severities: ['major'] });
    const before = await countAllTickets(deps.db);
    const plan: LoadPlan = {
      url, tokens, concurrency: CONCURRENCY, durationMs: SECONDS * 1000,
      maxRequests: values.requests ? Number(values.requests) : null, severities: ['blocker', 'critical', 'major', 'trivial'],
    };
    const result = await load(plan);
    const stored = (await countAllTickets(deps.db)) - before;
    await app.close();
    return { engine, result, stored, where: db.where };
  } finally {
    await db.dispose();
  }
}

/** Runs the load generator in a child process (its own event loop). */
function load(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./load-client.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
    child.once('message', (m) => resolve(m as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`load client exited with ${code}`)));
    child.send(plan);
  });
}

const runs: EngineRun[] = [];
for (const e of ENGINES) {
  process.stdout.write(`${e}: seeding ${CUSTOMERS} customers, ${CUSTOMERS * 2} tokens, ${CONCURRENCY} clients for ${SECONDS} s …\n`);
  runs.push(await runEngine(e));
}
console.log(`\nTicket creation over HTTP (POST /api/v1/portal/tickets, bearer token = 'api' channel), ${CONCURRENCY} concurrent clients, ${cpus().length} CPU cores, Node ${process.version}`);
console.log(
  table(
    ['engine', 'tickets/s', 'created', 'errors', 'p50', 'p95', 'p99', 'max'],
    runs.map(({ engine, result: r, stored }) => {
      const s = summarize(r.latenciesMs);
      return [engine, (r.ok / (r.elapsedMs / 1000)).toFixed(0), String(stored), String(r.errors), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)];
    }),
  ),
);
for (const r of runs) if (r.result.firstError) console.log(`${r.engine} first error: ${r.result.firstError} (statuses ${JSON.stringify(r.result.statuses)})`);
console.log('Target: > 1,000 tickets/s on PostgreSQL. Peers on this kind of machine: osTicket API ≈ 40/s, Request Tracker 5 ≈ 3/s.');
console.log(`\nReproduce: npx tsx bench/tickets/create-http.ts --seconds ${SECONDS} --concurrency ${CONCURRENCY} --customers ${CUSTOMERS} --engines ${ENGINES.join(',')}`);
