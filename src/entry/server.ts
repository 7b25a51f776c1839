import { parseConfig, type Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import { buildApp } from '../server/app.js';
import { fileBlobStore } from '../storage/blob-store.js';
import type { App, AppDeps } from '../server/types.js';
import { boot, firstAdminBanner } from './boot.js';

const systemClock: Clock = { now: () => new Date() };

export interface Running {
  app: App;
  stop(): Promise<void>;
}

/**
 * Starts the HTTP server: boot, optional demo, listen, and a graceful stop on
 * SIGTERM/SIGINT (stop accepting, finish in-flight requests, close storage).
 */
export async function startServer(env: Record<string, string | undefined> = process.env): Promise<Running> {
  const config = parseConfig(env);
  const out = (m: string) => process.stdout.write(`${m}\n`);
  const booted = await boot(config, systemClock, out);
  if (booted.firstAdmin) out(firstAdminBanner(booted.firstAdmin));
  const deps: AppDeps = { storage: booted.storage, db: booted.storage.db, clock: systemClock, config, secretKey: booted.secretKey, blobs: fileBlobStore(config.attachmentsDir) };
  await maybeLoadDemo(deps, booted.firstAdmin !== null, out);
  const app = await buildApp(deps, {
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'] },
  });
  await app.listen({ host: config.host, port: config.port });
  out(`Coverdesk is serving ${config.publicUrl} (storage: ${booted.storage.kind}${booted.storage.kind === 'pglite' ? ` in ${config.dataDir}` : ''}); API docs at ${config.publicUrl}/api/docs`);
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await app.close();
      await booted.storage.close();
    })());
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.once(sig, () => {
      app.log.info({ signal: sig }, 'shutting down');
      void stop().then(() => process.exit(0));
    });
  }
  return { app, stop };
}

async function maybeLoadDemo(
  deps: { db: AppDeps['db']; clock: Clock; config: Config; storage: AppDeps['storage'] },
  fresh: boolean,
  out: (m: string) => void,
): Promise<void> {
  const mode = deps.config.loadDemo;
  const wanted = mode === 'true' || (mode === 'auto' && fresh && deps.storage.kind === 'pglite');
  if (!wanted) return;
  const { loadDemo } = await import('../usecases/demo/load-demo.js');
  const summary = await loadDemo({ db: deps.db, clock: deps.clock });
  out('Loaded the demo (presets, two customers). Support-center accounts:');
  for (const a of summary.portalAccounts) out(`   ${a.email}  /  ${a.password}   (${a.customer})`);
}
