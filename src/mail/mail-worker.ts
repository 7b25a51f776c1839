import type { Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { Db } from '../storage/db.js';
import type { IngestDeps } from '../usecases/mail/ingest-email.js';
import type { MailLog } from '../usecases/mail/mail-deps.js';
import { startDeliveryLoop } from './delivery-loop.js';
import { startImapPoller } from './imap-poller.js';
import type { Loop } from './loop.js';
import { createSmtpTransport } from './smtp-transport.js';

export interface MailWorkerDeps {
  db: Db;
  clock: Clock;
  blobs: BlobStore;
  log: MailLog;
  /** The process's parse pool (src/mail/parse-pool.ts); the IMAP poller starts its own without it. */
  parse?: IngestDeps['parse'];
}

export interface MailWorker {
  stop(): Promise<void>;
}

const running = new Set<MailWorker>();

/**
 * The mail side of a worker process: the outbox delivery loop (always: with
 * no SMTP server it keeps messages for the admin outbox) and the IMAP poller
 * (when IMAP_URL is set). Any number of workers may run against one
 * PostgreSQL: claims are SKIP LOCKED leases and inbound keys are unique.
 */
export function startMailWorker(deps: MailWorkerDeps, config: Config): MailWorker {
  const transport = config.mail.smtp ? createSmtpTransport(config.mail.smtp) : null;
  const loops: Loop[] = [startDeliveryLoop({ db: deps.db, clock: deps.clock, log: deps.log, transport, settings: config.mail })];
  const imap = startImapPoller(deps, config);
  if (imap) loops.push(imap);
  deps.log.info({ smtp: config.mail.smtp ? `${config.mail.smtp.host}:${config.mail.smtp.port}` : 'none (mail kept)', imap: !!imap }, 'mail worker started');
  const worker: MailWorker = {
    async stop() {
      running.delete(worker);
      await Promise.all(loops.map((l) => l.stop()));
      transport?.close();
    },
  };
  running.add(worker);
  return worker;
}

/** Stops every mail worker this process started; each finishes the message in hand. */
export async function stopMailWorker(): Promise<void> {
  await Promise.all([...running].map((w) => w.stop()));
}
