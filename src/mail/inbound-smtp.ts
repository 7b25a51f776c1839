import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Config } from '../config/config.js';
import { safeEqual } from '../usecases/auth/crypto.js';
import { ingestEmail, IngestFailure, type IngestDeps } from '../usecases/mail/ingest-email.js';
import { createParsePool } from './parse-pool.js';

export interface InboundSmtp {
  port: number;
  close(): Promise<void>;
}

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/** The PEM files, read once at start; a clear error names the variable when one cannot be read. */
function readTls(t: { certFile: string; keyFile: string }): { cert: Buffer; key: Buffer } {
  const read = (file: string, name: string) => {
    try {
      return readFileSync(file);
    } catch (err) {
      throw new Error(`${name}: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
  };
  return { cert: read(t.certFile, 'INBOUND_SMTP_TLS_CERT'), key: read(t.keyFile, 'INBOUND_SMTP_TLS_KEY') };
}

/**
 * The inbound SMTP listener (issue 5), off unless INBOUND_SMTP_PORT is set.
 * Every message goes to ingestEmail; the answer is 250 only once the message
 * is committed (or kept as failed), 554 when it was kept raw as unparseable
 * (issue 13), 451 only when a retry may succeed (a transient failure, issue
 * 12), 552 when it is too large. It never relays: mail is only ingested. With
 * INBOUND_SMTP_TLS_CERT/KEY it offers STARTTLS (and takes passwords only
 * after it); without, it belongs on loopback or behind the organisation's
 * MTA (docs/OPERATIONS.md).
 */
export async function startInboundSmtp(deps: Omit<IngestDeps, 'settings' | 'attachmentMaxBytes'>, config: Config): Promise<InboundSmtp | null> {
  const s = config.mail.inboundSmtp;
  if (!s) return null;
  // Without a shared pool from the caller, the listener parses in a pool of its own (closed with it).
  const ownPool = deps.parse ? null : createParsePool(config.mail.parse);
  const ingestDeps: IngestDeps = { ...deps, parse: deps.parse ?? ownPool!.parse, settings: config.mail, attachmentMaxBytes: config.attachmentMaxBytes, publicUrl: config.publicUrl };
  const tls = s.tls ? readTls(s.tls) : null;
  const server = new SMTPServer({
    banner: 'Coverdesk',
    size: s.maxBytes,
    authOptional: !s.auth,
    // With TLS, passwords travel only after STARTTLS.
    allowInsecureAuth: !tls,
    hideSTARTTLS: !tls,
    ...(tls ?? {}),
    disabledCommands: [...(s.auth ? [] : ['AUTH']), ...(tls ? [] : ['STARTTLS'])],
    disableReverseLookup: true,
    logger: false,
    maxClients: 50,
    onAuth(auth, _session, cb) {
      if (s.auth && auth.username && safeEqual(auth.username, s.auth.user) && safeEqual(auth.password ?? '', s.auth.pass)) return cb(null, { user: auth.username });
      cb(smtpError(535, 'Authentication failed'));
    },
    onMailFrom(_address, session, cb) {
      if (s.tls?.required && !session.secure) return cb(smtpError(530, '5.7.0 Must issue a STARTTLS command first'));
      cb();
    },
    onRcptTo(address, _session, cb) {
      const domain = address.address.split('@').pop()?.toLowerCase() ?? '';
      if (s.domains.length && !s.domains.includes(domain)) return cb(smtpError(550, `5.1.1 <${address.address}>: no such mailbox here`));
      cb();
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => {
        if (!stream.sizeExceeded) chunks.push(c);
      });
      stream.on('end', () => {
        if (stream.sizeExceeded) return cb(smtpError(552, `5.3.4 Message exceeds the ${s.maxBytes} byte limit`));
        const envelope = {
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        ingestEmail(ingestDeps, { mailbox: 'smtp', raw: Buffer.concat(chunks), envelope }).then(
          (r) => {
            // Kept raw, never processed: a permanent answer, so the sending server tells its sender once and stops.
            if (r.status === 'unparseable') return cb(smtpError(554, `5.6.0 Message could not be read (${r.reason}); kept as ${r.inboundId}`));
            cb(null, `2.0.0 Accepted ${r.duplicate ? '(duplicate) ' : ''}${r.inboundId}`);
          },
          (err) => {
            // Deterministic failures are kept (issue 12 item 1): only a transient one may make the sender retry.
            if (err instanceof IngestFailure && !err.retryable && err.inboundId) return cb(null, `2.0.0 Kept for review ${err.inboundId}`);
            if (!(err instanceof IngestFailure)) deps.log.error({ err }, 'inbound SMTP message not stored; sender told to retry');
            cb(smtpError(451, '4.3.0 Temporary failure, try again later'));
          },
        );
      });
    },
  });
  server.on('error', (err) => deps.log.error({ err }, 'inbound SMTP error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(s.port, s.host, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  deps.log.info({ host: s.host, port }, 'inbound SMTP listening');
  return {
    port,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ownPool?.close();
    },
  };
}
