/**
 * The agent queue over HTTP at 1,000,000 tickets (issue 14 item 9): the real
 * `coverdesk server` process (server-process.ts: production settings and
 * logging), 8 agents signed in for real (4 with a session cookie from
 * POST /api/v1/auth/login, 4 with a personal API token), each a closed loop in
 * a separate client process (queue-client.ts) going through the queue's
 * filter shapes. Prints p50/p95/p99 per shape and overall, the CPU of the
 * server and of this database's backends per request, and EXPLAIN (ANALYZE,
 * BUFFERS) of the slowest shape's queries. Target: p95 < 50 ms.
 *   npx tsx bench/tickets/queue-http.ts [--tickets 1000000] [--customers 2000] [--agents 8] [--seconds 30] [--processes 1] [--keep] [--reuse <database>]
 * Seeding is the bulk SQL of queue-1m.ts (seed-queue.ts); --keep keeps the database, --reuse measures a kept one
 * (queue-1m.ts --keep makes the same database).
 */
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Actor } from '../../src/core/actor.js';
import { findActor } from '../../src/storage/auth.queries.js';
import { hashPassword } from '../../src/usecases/auth/passwords.js';
import { listQueue, type QueueFilters } from '../../src/usecases/tickets/list-queue.js';
import { createApiToken } from '../../src/usecases/tokens/create-api-token.js';
import { captureQueries, explainAnalyze } from '../../test/support/capture-queries.js';
import { BENCH_SECRET } from './api-load.js';
import { attachBenchDb, openBenchDb } from './bench-db.js';
import { backendPids, cpuSnapshot, cpuSpent, processTree } from './process-cpu.js';
import type { QueuePlan, QueueResult } from './queue-client.js';
import { seedQueue } from './seed-queue.js';
import { startServer, type ServerProcess } from './server-process.js';
import { ms, summarize, table } from './stats.js';

const { values } = parseArgs({
  options: {
    tickets: { type: 'string', default: '1000000' }, customers: { type: 'string', default: '2000' }, agents: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '30' }, processes: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false }, reuse: { type: 'string' },
  },
});
const TICKETS = Number(values.tickets);
const CUSTOMERS = Number(values.customers);
const AGENTS = Number(values.agents);
const SECONDS = Number(values.seconds);
const PROCESSES = Number(values.processes);
const PASSWORD = 'bench agent password 1';
const log = (s: string) => process.stdout.write(`${s}\n`);
const load0 = loadavg();
const now = new Date();

const db = values.reuse ? await attachBenchDb(values.reuse, 2) : await openBenchDb('postgres', 2);
const dbName = new URL(db.url!).pathname.slice(1);
const client = new pg.Client({ connectionString: db.url!, application_name: 'coverdesk-bench' });
await client.connect();
let server: ServerProcess | null = null;
try {
  const deps = { db: db.storage.db, clock: { now: () => now } };
  if (!values.reuse) await seedQueue(client, deps, { tickets: TICKETS, customers: CUSTOMERS, where: db.where }, log);
  const facts = (await client.query(`SELECT count(*)::int AS total, count(*) FILTER (WHERE status NOT IN ('solved', 'closed'))::int AS open FROM tickets`)).rows[0] as { total: number; open: number };
  log(`database ${dbName}: ${facts.total.toLocaleString('en')} tickets (${facts.open.toLocaleString('en')} open)`);

  // Agents 1..AGENTS of the seed get a password (one hash, set in SQL: argon2 per agent would only slow the setup).
  const agents = (await client.query<{ i: number; id: string }>('SELECT i, id FROM bench_agents WHERE i <= $1 ORDER BY i', [AGENTS])).rows;
  await client.query('UPDATE users SET password_hash = $1, must_change_password = false WHERE id = ANY($2::uuid[])', [await hashPassword(PASSWORD), agents.map((a) => a.id)]);
  const tokens = new Map<string, string>();
  for (const a of agents.filter((_, k) => k % 2 === 1)) {
    const actor = (await findActor(deps.db, 'user', a.id))!;
    tokens.set(a.id, (await createApiToken({ ...deps, secretKey: BENCH_SECRET }, { actor, name: 'bench' })).token);
  }
  const bigCustomer = (await client.query('SELECT id FROM bench_customers WHERE i = 1')).rows[0].id as string;
  const midCustomer = (await client.query('SELECT id FROM bench_customers WHERE i = $1', [Math.ceil(CUSTOMERS / 10)])).rows[0].id as string;
  const rare = (await client.query('SELECT word FROM bench_words WHERE i = 30000')).rows[0].word as string;
  const someNumber = (await client.query("SELECT number FROM tickets WHERE status = 'open' ORDER BY id LIMIT 1")).rows[0].number as number;
  // The shapes of queue-1m.ts, as query strings (and as listQueue filters for EXPLAIN).
  const shapes: Array<{ name: string; query: string; filters: QueueFilters; offset?: number }> = [
    { name: 'no filter (all open)', query: '', filters: {} },
    { name: 'assignee=me', query: 'assignee=me', filters: { assignee: 'me' } },
    { name: 'assignee=none', query: 'assignee=none', filters: { assignee: 'none' } },
    { name: 'customer (mid-sized)', query: `customerId=${midCustomer}`, filters: { customerId: midCustomer } },
    { name: 'customer (largest)', query: `customerId=${bigCustomer}`, filters: { customerId: bigCustomer } },
    { name: 'breached=true', query: 'breached=true', filters: { breached: true } },
    { name: 'dueWithinMinutes=240', query: 'dueWithinMinutes=240', filters: { dueWithinMinutes: 240 } },
    { name: 'severity=blocker,critical', query: 'severity=blocker&severity=critical', filters: { severity: ['blocker', 'critical'] } },
    { name: 'status=pending', query: 'status=pending', filters: { status: ['pending'] } },
    { name: 'status=closed', query: 'status=closed', filters: { status: ['closed'] } },
    { name: 'q=common word (export)', query: 'q=export', filters: { q: 'export' } },
    { name: `q=rare word (${rare})`, query: `q=${encodeURIComponent(rare)}`, filters: { q: rare } },
    { name: 'q=#number', query: `q=${encodeURIComponent(`#${someNumber}`)}`, filters: { q: `#${someNumber}` } },
    { name: 'assignee=me + breached', query: 'assignee=me&breached=true', filters: { assignee: 'me', breached: true } },
    { name: 'page 5 (offset 200)', query: 'offset=200', filters: {}, offset: 200 },
  ];

  server = await startServer({ databaseUrl: db.url!, processes: PROCESSES, scratch: db.scratch });
  // Real sign-ins: a session cookie for half the agents, an API token for the others.
  const signedIn: QueuePlan['agents'] = [];
  for (const a of agents) {
    const token = tokens.get(a.id);
    if (token) {
      signedIn.push({ name: `agent${a.i} (token)`, headers: { authorization: `Bearer ${token}` } });
      continue;
    }
    const res = await fetch(`${server.base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `agent${a.i}@bench.test`, password: PASSWORD }) });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cd_session='))?.split(';')[0];
    if (res.status !== 200 || !cookie) throw new Error(`agent${a.i} could not sign in: ${res.status} ${await res.text()}`);
    signedIn.push({ name: `agent${a.i} (session)`, headers: { cookie } });
  }

  const runAgents = (durationMs: number) =>
    new Promise<QueueResult>((resolve, reject) => {
      const child = fork(new URL('./queue-client.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
      child.once('message', (m) => resolve(m as QueueResult));
      child.once('error', reject);
      child.once('exit', (code) => code !== 0 && reject(new Error(`queue client exited with ${code}`)));
      const plan: QueuePlan = { base: server!.base, agents: signedIn, shapes: shapes.map(({ name, query }) => ({ name, query })), durationMs };
      child.send(plan);
    });
  log(`warming up (every shape, ${AGENTS} agents) …`);
  await runAgents(Math.max(5_000, SECONDS * 200));
  const serverPids = processTree(server.proc.pid!);
  const backends0 = await backendPids(client, dbName);
  const s0 = cpuSnapshot(serverPids);
  const d0 = cpuSnapshot(backends0);
  const log0 = server.logBytes();
  const r = await runAgents(SECONDS * 1000);
  const s1 = cpuSnapshot([...new Set([...serverPids, ...processTree(server.proc.pid!)])]);
  const backends1 = [...new Set([...backends0, ...(await backendPids(client, dbName))])];
  const d1 = cpuSnapshot(backends1);
  const logBytes = server.logBytes() - log0;
  const load1 = loadavg();

  const all = Object.values(r.latencies).flat();
  const n = all.length;
  const rows = shapes.map((s) => {
    const st = summarize(r.latencies[s.name]!);
    return [s.name, String(st.n), ms(st.p50), ms(st.p95), ms(st.p99)];
  });
  const total = summarize(all);
  rows.push(['all shapes', String(total.n), ms(total.p50), ms(total.p95), ms(total.p99)]);
  log(`\nAgent queue over HTTP (GET /api/v1/agent/queue?limit=50) at ${facts.total.toLocaleString('en')} tickets, \`coverdesk server\` (SERVER_PROCESSES=${PROCESSES}, production logging), ${AGENTS} agents (closed loops, no think time) for ${SECONDS} s`);
  log(table(['shape', 'requests', 'p50', 'p95', 'p99'], rows));
  log(`${(n / (r.elapsedMs / 1000)).toFixed(0)} requests/s; statuses ${JSON.stringify(r.statuses)}${r.firstError ? `; first error: ${r.firstError}` : ''}`);
  log(`CPU per request: server ${(cpuSpent(s0, s1) / n).toFixed(2)} ms (process tree of ${s1.size}), PostgreSQL ${(cpuSpent(d0, d1) / n).toFixed(2)} ms (${backends1.length} client backends of ${dbName}), client ${(r.cpuMs / n).toFixed(2)} ms; log ${(logBytes / n).toFixed(0)} bytes/request`);
  const slowest = shapes.reduce((a, b) => (summarize(r.latencies[b.name]!).p95 > summarize(r.latencies[a.name]!).p95 ? b : a));
  const slowP95 = summarize(r.latencies[slowest.name]!).p95;
  log(`Target p95 < 50 ms: ${total.p95 < 50 ? 'met' : 'NOT met'} overall (${ms(total.p95)}); slowest shape ${slowest.name} (p95 ${ms(slowP95)}).`);
  log(`\nIts queries in the database, EXPLAIN (ANALYZE, BUFFERS) (agent1 as the caller):`);
  const me = (await findActor(deps.db, 'user', agents[0]!.id)) as Actor;
  const captured = await captureQueries(() => listQueue(deps, { actor: me, now, filters: slowest.filters, page: { limit: 50, offset: slowest.offset ?? 0 } }));
  for (const c of captured) log(`\n${await explainAnalyze(client, c)}`);
  log(`\nMachine: ${cpus().length} cores, Node ${process.version}; load average ${load0.map((l) => l.toFixed(2)).join(' ')} before, ${load1.map((l) => l.toFixed(2)).join(' ')} after`);
  log(`Reproduce: npx tsx bench/tickets/queue-http.ts --tickets ${TICKETS} --customers ${CUSTOMERS} --agents ${AGENTS} --seconds ${SECONDS} --processes ${PROCESSES}${values.reuse ? ` --reuse ${values.reuse}` : ''}`);
} finally {
  await server?.stop();
  await client.end();
  if (values.keep && !values.reuse) {
    await db.storage.close();
    log(`kept database ${dbName} (measure it again with --reuse ${dbName})`);
  } else await db.dispose(); // a reused database is only detached
}
