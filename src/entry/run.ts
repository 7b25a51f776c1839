import { pino } from 'pino';
import { parseConfig, type Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import { startWorker, type Worker } from '../jobs/worker.js';
import { createParsePool, startInboundSmtp, startMailWorker } from '../mail/index.js';
import { buildApp } from '../server/app.js';
import type { App, AppDeps } from '../server/types.js';
import { fileBlobStore } from '../storage/blob-store.js';
import { boot, firstAdminBanner } from './boot.js';
import { isHttpProcess, startHttpProcesses } from './http-processes.js';

const systemClock: Clock = { now: () => new Date() };

export type Role = 'all-in-one' | 'server' | 'worker';

export interface Running {
  app: App | null;
  worker: Worker | null;
  stop(): Promise<void>;
}

/**
 * Starts a Coverdesk process: boot (storage, migrations, first admin, demo),
 * then the HTTP server and/or the deadline worker. SIGTERM/SIGINT stop it
 * gracefully: stop accepting, finish in-flight requests and the sweep in hand,
 * close storage. Any number of server and worker processes may share one
 * PostgreSQL (docs/OPERATIONS.md).
 */
export async function run(role: Role, env: Record<string, string | undefined> = process.env): Promise<Running> {
  const config = parseConfig(env);
  // SERVER_PROCESSES > 1: this process boots, keeps the worker duties of its role and supervises
  // that many HTTP processes; each of those only serves HTTP (runHttpProcess).
  const clustered = role !== 'worker' && config.serverProcesses > 1;
  if (clustered && isHttpProcess()) return runHttpProcess(config);
  const out = (m: string) => process.stdout.write(`${m}\n`);
  const booted = await boot(config, systemClock, out);
  if (booted.firstAdmin) out(firstAdminBanner(booted.firstAdmin));
  const deps: AppDeps = { storage: booted.storage, db: booted.storage.db, clock: systemClock, config, secretKey: booted.secretKey, blobs: fileBlobStore(config.attachmentsDir) };
  if (role !== 'worker') await maybeLoadDemo(deps, booted.firstAdmin !== null, out);
  const app = role === 'worker' || clustered ? null : await buildApp(deps, { logger: loggerOptions(config) });
  const log = app?.log ?? pino({ level: config.logLevel });
  const worker = role === 'server' ? null : startWorker({ db: deps.db, clock: systemClock, publicUrl: config.publicUrl, log }, {
    intervalMs: config.workerIntervalMs, renewalNoticeDays: config.renewalNoticeDays,
  });
  if (app) {
    await app.listen({ host: config.host, port: config.port });
    out(`Coverdesk is serving ${config.publicUrl} (storage: ${booted.storage.kind}${booted.storage.kind === 'pglite' ? ` in ${config.dataDir}` : ''}); API docs at ${config.publicUrl}/api/docs`);
  }
  const http = clustered ? await startHttpProcesses(config.serverProcesses, log) : null;
  if (http) out(`Coverdesk is serving ${config.publicUrl} from ${config.serverProcesses} HTTP processes (pids ${http.pids().join(', ')}; storage: postgres); API docs at ${config.publicUrl}/api/docs`);
  // The worker role also delivers the outbox and polls IMAP; the inbound SMTP listener runs where configured.
  // One pool of parse workers for this process's SMTP listener and IMAP poller (issue 13), started only if either runs.
  const parsePool = role !== 'server' && (config.mail.inboundSmtp || (worker && config.mail.imap)) ? createParsePool(config.mail.parse) : null;
  const mailDeps = { db: deps.db, clock: systemClock, blobs: deps.blobs, log, ...(parsePool ? { parse: parsePool.parse } : {}) };
  const mail = worker ? startMailWorker(mailDeps, config) : null;
  const inbound = role !== 'server' ? await startInboundSmtp(mailDeps, config) : null;
  if (worker) out(`Coverdesk worker: sweeping deadlines every ${config.workerIntervalMs / 1000} s; outbox ${config.mail.smtp ? 'delivered by SMTP' : 'kept (no SMTP configured)'}`);
  if (inbound) out(`Inbound SMTP listening on port ${inbound.port}`);
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await app?.close();
      await http?.stop();
      await inbound?.close();
      await worker?.stop();
      await mail?.stop();
      await parsePool?.close();
      await booted.storage.close();
    })());
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.once(sig, () => {
      log.info({ signal: sig }, 'shutting down');
      void stop().then(() => process.exit(0));
    });
  }
  return { app, worker, stop };
}

const loggerOptions = (config: Config) => ({
  level: config.logLevel,
  redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
});

/** One of several HTTP processes: serves HTTP on the shared port and nothing else (the primary booted the database). */
async function runHttpProcess(config: Config): Promise<Running> {
  const booted = await boot(config, systemClock, () => undefined);
  const deps: AppDeps = { storage: booted.storage, db: booted.storage.db, clock: systemClock, config, secretKey: booted.secretKey, blobs: fileBlobStore(config.attachmentsDir) };
  const app = await buildApp(deps, { logger: loggerOptions(config) });
  await app.listen({ host: config.host, port: config.port });
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await app.close();
      await booted.storage.close();
    })());
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.once(sig, () => void stop().then(() => process.exit(0)));
  }
  return { app, worker: null, stop };
}

async function maybeLoadDemo(deps: AppDeps & { config: Config }, fresh: boolean, out: (m: string) => void): Promise<void> {
  const mode = deps.config.loadDemo;
  const wanted = mode === 'true' || (mode === 'auto' && fresh && deps.storage.kind === 'pglite');
  if (!wanted) return;
  const { loadDemo } = await import('../usecases/demo/load-demo.js');
  const summary = await loadDemo({ db: deps.db, clock: deps.clock });
  out('Loaded the demo (presets, two customers). Support-center accounts:');
  for (const a of summary.portalAccounts) out(`   ${a.email}  /  ${a.password}   (${a.customer})`);
}
