/**
 * Ticket intake as users get it (issue 14 item 9): the real `coverdesk server`
 * process(es) (bin/coverdesk.mjs, NODE_ENV=production, production logging:
 * pino at the default level `info`, one JSON line per request and answer, into
 * a file as a service manager would), a load client in a separate process
 * (autocannon, load-client.ts), and a mix of contracts:
 *   - `--allowance` contracts with a yearly allowance (10,000,000 tickets, so never near a notice
 *     threshold) whose tickets count against it (the counter path, R-P5),
 *   - `--unlimited` contracts (group commit),
 *   - `--over` contracts already over their allowance (100 a year, the counter pre-filled to 100),
 *     whose plan holds new requests for approval: 409 ALLOWANCE_EXHAUSTED, kept as unentitled.
 * Two authorized contacts per contract, one API token each, one connection per token.
 * Phase 1 measures at the start of the contract year; then SQL pre-fills each allowance
 * contract's year with tickets up to `--prefill` (100,000), and phase 2 measures the same
 * load there. CPU is counted for our processes only (bench/tickets/process-cpu.ts): the
 * server process tree, and the client backends of this run's own database.
 *   npx tsx bench/tickets/intake-server.ts [--seconds 20] [--concurrency 16] [--processes 1] [--allowance 4] [--unlimited 2] [--over 2] [--prefill 100000] [--warmup 5]
 * PostgreSQL: DATABASE_URL or TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); a throw-away database.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { findActor } from '../../src/storage/auth.queries.js';
import { openStorage } from '../../src/storage/db.js';
import { migrate } from '../../src/storage/migrate.js';
import { createApiToken } from '../../src/usecases/tokens/create-api-token.js';
import { createTicketWorld } from '../../test/support/ticket-world.js';
import { BENCH_SECRET, runLoad } from './api-load.js';
import { POSTGRES_URL, adminQuery } from './bench-db.js';
import type { LoadResult } from './load-client.js';
import { backendPids, cpuSnapshot, cpuSpent, processTree } from './process-cpu.js';
import { startServer, type ServerProcess } from './server-process.js';
import { ms, summarize, table } from './stats.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' }, concurrency: { type: 'string', default: '16' }, processes: { type: 'string', default: '1' },
    allowance: { type: 'string', default: '4' }, unlimited: { type: 'string', default: '2' }, over: { type: 'string', default: '2' },
    prefill: { type: 'string', default: '100000' },
    warmup: { type: 'string', default: '5' },
    // Only to see what logging costs (e.g. --log-level warn); the figures are taken at the production default.
    'log-level': { type: 'string' },
  },
});
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);
const PROCESSES = Number(values.processes);
const MIX = { allowance: Number(values.allowance), unlimited: Number(values.unlimited), over: Number(values.over) };
const PREFILL = Number(values.prefill);
const log = (s: string) => process.stdout.write(`${s}\n`);
const load0 = loadavg();

const dbName = `coverdesk_bench_${Math.random().toString(16).slice(2, 12)}`;
const dbUrl = new URL(POSTGRES_URL);
dbUrl.pathname = `/${dbName}`;
const scratch = mkdtempSync(join(tmpdir(), 'coverdesk-intake-'));
let server: ServerProcess | null = null;
const cleanUp = async () => {
  await server?.stop();
  await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  rmSync(scratch, { recursive: true, force: true });
};
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void cleanUp().finally(() => process.exit(130)));

await adminQuery(`CREATE DATABASE ${dbName}`);
const measure = new pg.Client({ connectionString: dbUrl.toString(), application_name: 'coverdesk-bench' });
try {
  // World: contracts of each kind, tokens; the bench's own pool is closed before the server starts.
  const storage = await openStorage({ databaseUrl: dbUrl.toString(), dataDir: '', poolSize: 2 });
  await migrate(storage);
  const deps = { db: storage.db, clock: { now: () => new Date() } };
  const kinds: Array<{ kind: 'allowance' | 'unlimited' | 'over'; contractId: string; tokens: string[] }> = [];
  let first = true;
  for (const kind of ['allowance', 'unlimited', 'over'] as const) {
    for (let i = 0; i < MIX[kind]; i++) {
      const ticketsPerYear = kind === 'unlimited' ? null : kind === 'allowance' ? 10_000_000 : 100;
      const w = await createTicketWorld(deps, { terms: { ticketsPerYear, overageRule: 'hold' }, startDate: '2020-01-01', withSeverities: first });
      first = false;
      const tokens: string[] = [];
      for (const contact of [w.authorized, w.admin]) {
        const actor = (await findActor(deps.db, 'contact', contact.id))!;
        tokens.push((await createApiToken({ ...deps, secretKey: BENCH_SECRET }, { actor, name: 'bench' })).token);
      }
      kinds.push({ kind, contractId: w.contractId, tokens });
    }
  }
  await storage.close();
  await measure.connect();
  // The contract years start on 1 January (contracts from 2020-01-01); over-allowance contracts have used all 100.
  const yearStart = `${new Date().getUTCFullYear()}-01-01`;
  for (const k of kinds.filter((x) => x.kind === 'over')) {
    await measure.query(`INSERT INTO allowance_counters (contract_id, year_start, used) VALUES ($1, $2, 100)`, [k.contractId, yearStart]);
  }
  // Connections take the tokens in turn, so the mix of requests follows the mix of contracts.
  const tokens = kinds.flatMap((k) => k.tokens);

  server = await startServer({ databaseUrl: dbUrl.toString(), processes: PROCESSES, scratch, ...(values['log-level'] ? { logLevel: values['log-level'] } : {}) });
  const logFile = server.logFile;
  const url = `${server.base}/api/v1/portal/tickets`;
  const plan = (durationMs: number) => ({ url, tokens, concurrency: CONCURRENCY, durationMs, maxRequests: null, severities: ['blocker', 'critical', 'major', 'trivial'], heldStatuses: [409] });
  await runLoad(plan(Number(values.warmup) * 1000)); // warm-up: JIT, prepared statements, pools (≈ 5,000 requests on a quiet machine)

  const phases: Array<{ name: string; r: LoadResult; serverMs: number; dbMs: number; logBytes: number; backends: number; serverPids: number }> = [];
  async function phase(name: string) {
    const serverPids = processTree(server!.proc.pid!);
    const backends0 = await backendPids(measure, dbName);
    const s0 = cpuSnapshot(serverPids);
    const d0 = cpuSnapshot(backends0);
    const log0 = statSync(logFile).size;
    const r = await runLoad(plan(SECONDS * 1000));
    const backends1 = [...new Set([...backends0, ...(await backendPids(measure, dbName))])];
    const s1 = cpuSnapshot([...new Set([...serverPids, ...processTree(server!.proc.pid!)])]);
    const d1 = cpuSnapshot(backends1);
    phases.push({ name, r, serverMs: cpuSpent(s0, s1), dbMs: cpuSpent(d0, d1), logBytes: statSync(logFile).size - log0, backends: backends1.length, serverPids: s1.size });
    log(`  ${name}: ${(r.ok / (r.elapsedMs / 1000)).toFixed(0)} tickets/s, ${r.held} held, ${r.errors} errors`);
  }
  await phase('start of the contract year');

  // Pre-fill: each allowance contract's year up to PREFILL tickets, copies of one of its own (the counter follows, by trigger).
  const t0 = performance.now();
  for (const k of kinds.filter((x) => x.kind === 'allowance')) {
    const used = Number((await measure.query(`SELECT used FROM allowance_counters WHERE contract_id = $1 AND year_start = $2`, [k.contractId, yearStart])).rows[0]?.used ?? 0);
    if (used < PREFILL) await prefill(k.contractId, PREFILL - used);
  }
  await measure.query('VACUUM ANALYZE tickets');
  await measure.query('VACUUM ANALYZE allowance_counters');
  const counters = (await measure.query(`SELECT min(used) AS lo, max(used) AS hi FROM allowance_counters c JOIN contracts k ON k.id = c.contract_id
     WHERE c.contract_id = ANY($1::uuid[]) AND year_start = $2`, [kinds.filter((x) => x.kind === 'allowance').map((x) => x.contractId), yearStart])).rows[0];
  log(`  pre-filled the allowance contracts' year to ${counters.lo}–${counters.hi} tickets in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  await phase(`at the ${PREFILL.toLocaleString('en')}th ticket of the year`);

  const load1 = loadavg();
  const perReq = (x: number, r: LoadResult) => (x / Math.max(1, r.ok + r.held)).toFixed(2);
  log(`\nTicket intake through \`coverdesk server\` (SERVER_PROCESSES=${PROCESSES}, NODE_ENV=production, logging at ${values['log-level'] ?? 'info (the default)'} into a file), PostgreSQL, ${CONCURRENCY} connections from a separate autocannon process`);
  log(`Mix: ${MIX.allowance} contracts with an allowance, ${MIX.unlimited} unlimited, ${MIX.over} over their allowance (requests held, 409 ALLOWANCE_EXHAUSTED); ${tokens.length} tokens, ${SECONDS} s per phase`);
  log(table(
    ['phase', 'tickets/s', 'held/s', 'errors', 'p50', 'p95', 'p99', 'CPU ms/request: server', 'db', 'client', 'log bytes/request'],
    phases.map(({ name, r, serverMs, dbMs, logBytes }) => {
      const s = summarize(r.latenciesMs);
      const sec = r.elapsedMs / 1000;
      return [name, (r.ok / sec).toFixed(0), (r.held / sec).toFixed(0), String(r.errors), ms(s.p50), ms(s.p95), ms(s.p99), perReq(serverMs, r), perReq(dbMs, r), perReq(r.cpuMs, r), perReq(logBytes, r)];
    }),
  ));
  const [a, b] = phases;
  if (a && b) {
    const per = (p: typeof a) => (p.serverMs + p.dbMs) / Math.max(1, p.r.ok + p.r.held);
    const client = (p: typeof a) => p.r.cpuMs / Math.max(1, p.r.ok + p.r.held);
    log(`CPU per request (server + db) at the ${PREFILL.toLocaleString('en')}th ticket vs the start: ${(per(b) / per(a)).toFixed(2)}× (target: flat, ~1×)`);
    // The client's work per request does not depend on the server: how much it moved is the machine's noise.
    log(`  control: the load client's own CPU per request moved ${(client(b) / client(a)).toFixed(2)}× between the phases`);
  }
  for (const p of phases) {
    if (p.r.firstError) log(`${p.name}: first error ${p.r.firstError} (statuses ${JSON.stringify(p.r.statuses)})`);
    for (const [status, body] of Object.entries(p.r.heldBodies)) if (!body.includes('ALLOWANCE_EXHAUSTED')) log(`${p.name}: a ${status} that is not a hold: ${body}`);
  }
  log(`CPU counted: the server process tree (${phases[0]?.serverPids} processes) and the ${phases[0]?.backends} client backends of database ${dbName} only; client = the load generator.`);
  log('Target: ≥ 1,000 tickets/s on PostgreSQL with 16 clients on this mix; CPU per ticket flat from the first to the 100,000th ticket of a contract year.');
  log(`Machine: ${cpus().length} cores, Node ${process.version}; load average ${load0.map((l) => l.toFixed(2)).join(' ')} before, ${load1.map((l) => l.toFixed(2)).join(' ')} after`);
  log(`\nReproduce: npx tsx bench/tickets/intake-server.ts --seconds ${SECONDS} --concurrency ${CONCURRENCY} --processes ${PROCESSES} --allowance ${MIX.allowance} --unlimited ${MIX.unlimited} --over ${MIX.over} --prefill ${PREFILL}${values['log-level'] ? ` --log-level ${values['log-level']}` : ''}`);
} finally {
  await measure.end().catch(() => undefined);
  await cleanUp();
}

/** n copies of one of the contract's tickets in the current contract year (new ids, numbers and reply tokens). */
async function prefill(contractId: string, n: number): Promise<void> {
  const { rows } = await measure.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_name = 'tickets' AND table_schema = current_schema() AND is_generated = 'NEVER' AND is_identity = 'NO' ORDER BY ordinal_position`,
  );
  const replaced: Record<string, string> = { id: 'gen_random_uuid()', number: "nextval('ticket_numbers')", reply_token: 'md5(random()::text || g::text)' };
  const cols = rows.map((r) => r.column_name);
  const exprs = cols.map((c) => replaced[c] ?? `t.${c}`);
  const template = (await measure.query(`SELECT id FROM tickets WHERE contract_id = $1 AND counts_against_allowance LIMIT 1`, [contractId])).rows[0]?.id;
  if (!template) throw new Error(`no ticket of contract ${contractId} to copy`);
  await measure.query('SET synchronous_commit = off');
  for (let done = 0; done < n; done += 50_000) {
    await measure.query(
      `INSERT INTO tickets (${cols.join(', ')}) SELECT ${exprs.join(', ')} FROM tickets t CROSS JOIN generate_series(1, $2::int) AS g WHERE t.id = $1`,
      [template, Math.min(50_000, n - done)],
    );
  }
  await measure.query('SET synchronous_commit = on');
}
