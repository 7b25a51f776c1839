import type { Clock } from '../core/clock.js';
import type { Db } from '../storage/db.js';
import { sweepRenewals } from './contracts-sweep-renewals.js';
import { sweepMaintenanceNotices } from './maintenance-sweep-notices.js';
import { sweepDueSla } from './sla-sweep-due.js';
import { sweepPending } from './tickets-sweep-pending.js';
import { sweepEndOfLifeWarnings } from './versions-sweep-end-of-life.js';
import type { ItemFailure } from '../usecases/sweeps/support/each-item.js';

export interface WorkerDeps {
  db: Db;
  clock: Clock;
  publicUrl: string;
  log: { info(o: object, m?: string): void; error(o: object, m?: string): void; debug?(o: object, m?: string): void };
}

export interface Worker {
  /** Runs every sweep once (tests and `coverdesk worker --once`). */
  tick(): Promise<Record<string, unknown>>;
  /** Stops after the sweep in hand finishes. */
  stop(): Promise<void>;
}

/**
 * The durable-deadline worker: every `intervalMs` it runs each sweep in turn
 * (SLA warnings and breaches, pending reminders and closures, renewals,
 * maintenance notices, end-of-life warnings).
 * Deadlines are columns, so a worker that was down catches up on start, and
 * any number of workers can run against one PostgreSQL (SKIP LOCKED batches
 * and once-only ledgers). The clock is injected; timers only pace the loop.
 */
export function startWorker(deps: WorkerDeps, opts: { intervalMs: number; renewalNoticeDays: number; run?: boolean }): Worker {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  // Sweeps are independent (issue 14, item 3): one that fails is logged and
  // the others still run; inside a sweep a failing item is retried with
  // backoff, then quarantined (each-item.ts), and the rest goes on.
  const onFailure = (f: ItemFailure) =>
    deps.log.error({ err: f.error, sweep: f.sweep, itemId: f.itemId, attempts: f.attempts, quarantined: f.quarantined }, f.quarantined ? 'sweep item quarantined' : 'sweep item failed; will retry');
  const d = { ...deps, onFailure };
  const sweeps: Record<string, () => Promise<unknown>> = {
    sla: () => sweepDueSla(d),
    pending: () => sweepPending(d),
    renewals: () => sweepRenewals(d, { noticeDays: opts.renewalNoticeDays }),
    maintenance: () => sweepMaintenanceNotices(d),
    endOfLife: () => sweepEndOfLifeWarnings(d),
  };
  const tick = async () => {
    const r: Record<string, unknown> = {};
    const failed: string[] = [];
    for (const [name, sweep] of Object.entries(sweeps)) {
      try {
        r[name] = await sweep();
      } catch (err) {
        failed.push(name);
        r[name] = { failed: true };
        deps.log.error({ err, sweep: name }, 'sweep failed; retrying next interval');
      }
    }
    if (failed.length) return r;
    const { sla, pending, renewals, maintenance, endOfLife } = r as {
      sla: Awaited<ReturnType<typeof sweepDueSla>>; pending: Awaited<ReturnType<typeof sweepPending>>; renewals: number;
      maintenance: Awaited<ReturnType<typeof sweepMaintenanceNotices>>; endOfLife: Awaited<ReturnType<typeof sweepEndOfLifeWarnings>>;
    };
    if (sla.fired || pending.reminders || pending.closed || renewals || endOfLife.messages || maintenance.notices) deps.log.info(r, 'sweeps acted');
    else deps.log.debug?.(r, 'sweeps done');
    return r;
  };
  const loop = () => {
    if (stopped) return;
    current = tick()
      .catch((err: unknown) => deps.log.error({ err }, 'sweep failed; retrying next interval'))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, opts.intervalMs);
      });
  };
  if (opts.run ?? true) loop();
  return {
    tick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
