/**
 * Issue 13 item 2: does one hostile message stall the process? Starts the
 * real `coverdesk start` (all-in-one: HTTP, worker and the inbound SMTP
 * listener in one process; NODE_ENV=production, its own PostgreSQL
 * database), then sends a text/html mail of nested `<div><b><i>` (13.7 MB by
 * default, under the 25 MB cap) through the real SMTP listener while a probe
 * in another process GETs /healthz and an authenticated agent queue page on a
 * fixed schedule. Prints p50/p95/p99/max of both while the message is in
 * flight and over the whole run, the SMTP answer, what became of the message,
 * how long SIGTERM took, and the machine's load average.
 *   npx tsx bench/mail/huge-html.ts [--mb 13.7] [--interval 20] [--after 3]
 */
import { fork } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { inboundMessages } from '../../src/storage/schema/index.js';
import { findActor } from '../../src/storage/auth.queries.js';
import { createApiToken } from '../../src/usecases/tokens/create-api-token.js';
import { createUser } from '../../src/usecases/users/create-user.js';
import { nestedHtmlMail } from '../../test/support/hostile-mail.js';
import { createTicketWorld, FIXTURE_MANAGER } from '../../test/support/ticket-world.js';
import { BENCH_SECRET } from '../tickets/api-load.js';
import { openBenchDb } from '../tickets/bench-db.js';
import { ms, summarize, table } from '../tickets/stats.js';
import type { ProbePlan, ProbeResult } from './probe-client.js';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '13.7' }, interval: { type: 'string', default: '50' }, after: { type: 'string', default: '3' } } });
const MB = Number(values.mb);
const INTERVAL = Number(values.interval);
const AFTER_S = Number(values.after);
const SUBJECT = `Nested HTML ${MB} MB`;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));

async function smtpSend(port: number, raw: Buffer): Promise<string> {
  const client = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, socketTimeout: 15 * 60_000 });
  try {
    return (await client.sendMail({ envelope: { from: 'bench@customer.test', to: ['support@desk.test'] }, raw })).response;
  } catch (e) {
    return (e as { response?: string }).response ?? String(e);
  } finally {
    client.close();
  }
}

const load0 = loadavg();
const db = await openBenchDb('postgres', 4);
try {
  const deps = { db: db.storage.db, clock: { now: () => new Date() } };
  const world = await createTicketWorld(deps, { terms: { ticketsPerYear: null }, startDate: '2020-01-01' });
  const { user } = await createUser(deps, { actor: FIXTURE_MANAGER, email: 'bench-agent@vendor.test', name: 'Bench agent', role: 'agent', password: 'bench agent password 1' });
  const token = (await createApiToken({ ...deps, secretKey: BENCH_SECRET }, { actor: (await findActor(deps.db, 'user', user.id))!, name: 'bench' })).token;
  const [httpPort, smtpPort] = [await freePort(), await freePort()];
  const server = fork(new URL('../../bin/coverdesk.mjs', import.meta.url), ['start'], {
    env: {
      ...process.env, NODE_ENV: 'production', DATABASE_URL: db.url!, SECRET_KEY: BENCH_SECRET, HOST: '127.0.0.1', PORT: String(httpPort),
      INBOUND_SMTP_PORT: String(smtpPort), MAIL_FROM: 'Support <support@desk.test>', LOG_LEVEL: 'silent', LOAD_DEMO: 'false',
      ADMIN_EMAIL: 'bench-admin@vendor.test', ADMIN_PASSWORD: 'bench admin password', ATTACHMENTS_DIR: db.scratch,
    },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let out = '';
  await new Promise<void>((resolve) => server.stdout!.on('data', (c: Buffer) => (out += c.toString()).includes('Inbound SMTP listening') && resolve()));
  const base = `http://127.0.0.1:${httpPort}`;
  const auth = { authorization: `Bearer ${token}` };
  // Warm-up: the parse workers start, the queries are prepared.
  await smtpSend(smtpPort, nestedHtmlMail(world.authorized.email, 10_000, 'Warm-up'));
  for (const u of ['/healthz', '/api/v1/agent/queue?limit=25']) await fetch(base + u, { headers: auth }).then((r) => r.text());

  const probe = fork(new URL('./probe-client.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
  const plan: ProbePlan = { intervalMs: INTERVAL, urls: [{ name: 'GET /healthz', url: `${base}/healthz` }, { name: 'GET /api/v1/agent/queue (authenticated)', url: `${base}/api/v1/agent/queue?limit=25`, headers: auth }] };
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    probe.once('message', () => resolve());
    probe.send(plan);
  });
  await sleep(3000);
  const raw = nestedHtmlMail(world.authorized.email, Math.round(MB * 1_000_000), SUBJECT);
  const sendStart = performance.now() - t0;
  const answer = await smtpSend(smtpPort, raw);
  const sendEnd = performance.now() - t0;
  await sleep(AFTER_S * 1000);
  const result = await new Promise<ProbeResult>((resolve) => {
    probe.once('message', (m) => resolve(m as ProbeResult));
    probe.send('stop');
  });
  const [row] = await db.storage.db.select().from(inboundMessages).where(eq(inboundMessages.subject, SUBJECT));
  const termStart = performance.now();
  await new Promise<void>((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
  const termMs = performance.now() - termStart;
  const load1 = loadavg();

  const rows: string[][] = [];
  for (const [name, samples] of Object.entries(result.samples)) {
    const before = samples.filter(([at]) => at < sendStart);
    const during = samples.filter(([at]) => at >= sendStart && at <= sendEnd);
    for (const [label, set] of [['before the message (baseline)', before], ['while the message was in flight', during], ['whole run', samples]] as const) {
      const s = summarize(set.map(([, lat]) => lat));
      const bad = set.filter(([, , st]) => st !== 200).length;
      rows.push([name, label, String(s.n), String(bad), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)]);
    }
  }
  console.log(`One ${(raw.length / 1e6).toFixed(1)} MB text/html mail of nested <div><b><i> through the real SMTP listener of \`coverdesk start\` (NODE_ENV=production, PostgreSQL),`);
  console.log(`probed every ${INTERVAL} ms per URL from another process (open loop, latency from the scheduled instant).`);
  console.log(table(['request', 'window', 'n', 'non-200', 'p50', 'p95', 'p99', 'max'], rows));
  console.log(`\nSMTP answer after ${((sendEnd - sendStart) / 1000).toFixed(2)} s: ${answer.trim()}`);
  console.log(`Inbound log: status ${row?.status ?? '(none)'}${row?.reason ? `, reason ${row.reason}` : ''}${row?.ticketId ? `, ticket ${row.ticketId}` : ''}; raw ${row?.rawSize ?? 0} bytes kept`);
  console.log(`SIGTERM to exit: ${(termMs / 1000).toFixed(2)} s`);
  console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}; load average ${load0.map((l) => l.toFixed(2)).join(' ')} before, ${load1.map((l) => l.toFixed(2)).join(' ')} after`);
  console.log(`\nReproduce: npx tsx bench/mail/huge-html.ts --mb ${MB} --interval ${INTERVAL} --after ${AFTER_S}`);
} finally {
  await db.dispose();
}
