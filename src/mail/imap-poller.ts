import { ImapFlow } from 'imapflow';
import type { Config } from '../config/config.js';
import type { MailConfig } from '../config/mail-config.js';
import { ingestEmail, IngestFailure, type IngestDeps } from '../usecases/mail/ingest-email.js';
import { runLoop, type Loop } from './loop.js';
import { createParsePool } from './parse-pool.js';

type ImapSettings = NonNullable<MailConfig['imap']>;

export interface PollResult {
  seen: number;
  processed: number;
  /** Kept raw as unparseable and marked seen. */
  unparseable: number;
  failed: number;
}

/** The mailbox label stored with each message (the same message via SMTP is still one: see dedupe_key). */
export const imapMailboxLabel = (s: ImapSettings) => `imap:${s.user}@${s.host}/${s.mailbox}`;

/**
 * One IMAP poll (issue 5): fetches UNSEEN messages (BODY.PEEK, so nothing is
 * marked read by fetching), ingests each, and only then sets \Seen. A crash
 * in between leaves the message unseen; the next poll ingests it again, and
 * ingest's Message-ID key makes that a duplicate that creates nothing.
 */
export async function pollImapOnce(deps: IngestDeps, s: ImapSettings, isStopping: () => boolean = () => false): Promise<PollResult> {
  const client = new ImapFlow({ host: s.host, port: s.port, secure: s.secure, auth: { user: s.user, pass: s.pass }, logger: false, disableAutoIdle: true, connectionTimeout: 30_000 });
  client.on('error', (err) => deps.log.warn({ err }, 'IMAP connection error'));
  const out: PollResult = { seen: 0, processed: 0, unparseable: 0, failed: 0 };
  await client.connect();
  try {
    const lock = await client.getMailboxLock(s.mailbox);
    try {
      const uids = (await client.search({ seen: false }, { uid: true })) || [];
      out.seen = uids.length;
      for (const uid of uids) {
        if (isStopping()) break;
        const msg = await client.fetchOne(String(uid), { source: true }, { uid: true });
        if (!msg || !msg.source) continue;
        try {
          const r = await ingestEmail(deps, { mailbox: imapMailboxLabel(s), raw: msg.source });
          // Unparseable: kept raw (inbound log) and marked seen below, so no poll reads it again (issue 13).
          if (r.status === 'unparseable') out.unparseable++;
          else out.processed++;
        } catch (err) {
          out.failed++;
          if (!(err instanceof IngestFailure)) deps.log.error({ err, uid }, 'IMAP message not stored; left unseen for the next poll');
          // Only a transient failure stays unseen for the next poll; a deterministic one, or one that keeps failing, is kept (inbound log) and marked seen.
          if (!(err instanceof IngestFailure) || err.retryable || !err.inboundId) continue;
        }
        await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return out;
}

/** Polls every IMAP_POLL_SECONDS until stopped; off unless IMAP_URL is set. */
export function startImapPoller(deps: Omit<IngestDeps, 'settings' | 'attachmentMaxBytes'>, config: Config): Loop | null {
  const s = config.mail.imap;
  if (!s) return null;
  const ownPool = deps.parse ? null : createParsePool(config.mail.parse);
  const ingestDeps: IngestDeps = { ...deps, parse: deps.parse ?? ownPool!.parse, settings: config.mail, attachmentMaxBytes: config.attachmentMaxBytes, publicUrl: config.publicUrl };
  const loop = runLoop(
    async (isStopping) => {
      await pollImapOnce(ingestDeps, s, isStopping);
      return false;
    },
    s.pollSeconds * 1000,
    (err) => deps.log.error({ err }, 'IMAP poll failed'),
  );
  return {
    ...loop,
    async stop() {
      await loop.stop();
      await ownPool?.close();
    },
  };
}
