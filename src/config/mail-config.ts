import { Type, type Static, type TObject } from '@sinclair/typebox';
import type { SenderLimits } from '../core/mail/trust.js';
import { envBool, envInt, envNumber, envString, isYes, withDefault } from './env-schema.js';

/**
 * Mail settings (docs/OPERATIONS.md "Mail"). Everything is off by default:
 * with no SMTP server, outbound mail is kept in the admin outbox; the inbound
 * SMTP listener and the IMAP poller start only when their port or URL is set.
 */
const { Optional } = Type;
const port = () => envInt({ minimum: 0, maximum: 65535 });
const positive = (maximum?: number) => envInt(maximum === undefined ? { minimum: 1 } : { minimum: 1, maximum });
const domain = (message: string) => envString({ pattern: '^[A-Za-z0-9.-]+$', message });

export const mailEnvSchema = {
  SMTP_URL: Optional(envString({ pattern: '^smtps?://', message: 'must start with smtp:// or smtps://' })),
  SMTP_HOST: Optional(envString()),
  SMTP_PORT: Optional(port()),
  SMTP_USER: Optional(envString()),
  SMTP_PASSWORD: Optional(envString()),
  SMTP_SECURE: Optional(envBool()),
  MAIL_FROM: Optional(envString()),
  MAIL_REPLY_ADDRESS: Optional(envString()),
  MAIL_MESSAGE_ID_DOMAIN: Optional(domain('must be a domain name')),
  MAIL_DEFAULT_SEVERITY: Optional(envString()),
  MAIL_AUTHSERV_ID: Optional(domain('must be the host name the receiving MTA writes in Authentication-Results')),
  MAIL_REFUSAL_INTERVAL_MINUTES: withDefault(positive(), 60),
  MAIL_REFUSALS_PER_HOUR: withDefault(positive(), 50),
  MAIL_SENDER_TICKETS_PER_HOUR: withDefault(positive(), 20),
  MAIL_SENDER_ACKS_PER_HOUR: withDefault(positive(), 5),
  MAIL_LOOP_BURST: withDefault(positive(), 5),
  MAIL_DELIVERY_INTERVAL_SECONDS: withDefault(positive(), 5),
  MAIL_DELIVERY_BATCH: withDefault(positive(500), 20),
  MAIL_RETRY_BASE_SECONDS: withDefault(positive(), 60),
  MAIL_RETRY_CAP_SECONDS: withDefault(positive(), 3600),
  MAIL_RETRY_MAX_HOURS: withDefault(positive(), 48),
  MAIL_PARSE_TIMEOUT_SECONDS: withDefault(positive(600), 30),
  MAIL_PARSE_MEMORY_MB: withDefault(envInt({ minimum: 64, maximum: 8192 }), 512),
  MAIL_PARSE_WORKERS: withDefault(positive(32), 2),
  INBOUND_SMTP_PORT: Optional(port()),
  INBOUND_SMTP_HOST: withDefault(envString(), '127.0.0.1'),
  INBOUND_SMTP_MAX_MB: withDefault(envNumber({ minimum: 0.1, maximum: 200 }), 25),
  INBOUND_SMTP_USER: Optional(envString()),
  INBOUND_SMTP_PASSWORD: Optional(envString()),
  INBOUND_SMTP_DOMAINS: Optional(envString()),
  INBOUND_SMTP_TLS_CERT: Optional(envString({ minLength: 1 })),
  INBOUND_SMTP_TLS_KEY: Optional(envString({ minLength: 1 })),
  INBOUND_SMTP_REQUIRE_TLS: Optional(envBool()),
  IMAP_URL: Optional(envString({ pattern: '^imaps?://', message: 'must start with imap:// or imaps://' })),
  IMAP_USER: Optional(envString()),
  IMAP_PASSWORD: Optional(envString()),
  IMAP_MAILBOX: withDefault(envString(), 'INBOX'),
  IMAP_POLL_SECONDS: withDefault(positive(), 60),
};

type MailEnv = Static<TObject<typeof mailEnvSchema>>;
const yes = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : isYes(v));

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string } | null;
}

export interface MailConfig {
  /** null: no SMTP server, outbound mail is kept (status 'kept') for the admin outbox. */
  smtp: SmtpSettings | null;
  from: { name: string; address: string };
  /** Reply-To pattern with {token}, e.g. support+{token}@example.com; null: replies go to MAIL_FROM. */
  replyAddress: string | null;
  messageIdDomain: string;
  defaultSeverity: string | null;
  /**
   * The authserv-id of the receiving MTA whose Authentication-Results are trusted. When set, mail
   * from a contact opens a ticket only if SPF, DKIM or DMARC passed for its From domain; null: no check.
   */
  senderAuthservId: string | null;
  /** At most one refusal per sender address per this many minutes. */
  refusalIntervalMinutes: number;
  /** Refusals to all addresses together per hour (issue 13 item 4: the desk is never a spam relay). */
  refusalsPerHour: number;
  /** Per-sender limits of inbound mail (issue 14 item 5): new tickets, loop burst, acknowledgements. */
  senderLimits: SenderLimits;
  delivery: { intervalSeconds: number; batch: number; retryBaseSeconds: number; retryCapSeconds: number; maxAgeHours: number; leaseSeconds: number };
  inboundSmtp: {
    host: string;
    port: number;
    maxBytes: number;
    auth: { user: string; pass: string } | null;
    domains: string[];
    /** STARTTLS with these PEM files; `required`: no MAIL FROM before it. null: plain (loopback or behind the MTA). */
    tls: { certFile: string; keyFile: string; required: boolean } | null;
  } | null;
  imap: { host: string; port: number; secure: boolean; user: string; pass: string; mailbox: string; pollSeconds: number } | null;
  /** Inbound parsing off the main thread (issue 13): worker threads, and the time and memory budget of one message. */
  parse: { workers: number; timeoutMs: number; memoryMb: number };
}

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+$/;

/** "Name <a@b>" or "a@b". */
function parseFrom(v: string): { name: string; address: string } | null {
  const m = /^\s*(?:"?([^"<]*?)"?\s*)?<([^<>]+)>\s*$/.exec(v);
  const name = m ? (m[1] ?? '').trim() : '';
  const address = (m ? m[2]! : v).trim();
  return ADDRESS.test(address) ? { name, address } : null;
}

function smtpSettings(c: MailEnv, problems: string[]): SmtpSettings | null {
  if (c.SMTP_URL) {
    const u = new URL(c.SMTP_URL);
    const secure = u.protocol === 'smtps:';
    const user = decodeURIComponent(u.username) || c.SMTP_USER;
    const pass = decodeURIComponent(u.password) || c.SMTP_PASSWORD || '';
    return { host: u.hostname, port: u.port ? Number(u.port) : secure ? 465 : 587, secure, auth: user ? { user, pass } : null };
  }
  if (!c.SMTP_HOST) {
    if (c.SMTP_PORT || c.SMTP_USER) problems.push('SMTP_HOST: required when SMTP_PORT or SMTP_USER is set');
    return null;
  }
  const p = c.SMTP_PORT ?? (yes(c.SMTP_SECURE) ? 465 : 587);
  return { host: c.SMTP_HOST, port: p, secure: yes(c.SMTP_SECURE) ?? p === 465, auth: c.SMTP_USER ? { user: c.SMTP_USER, pass: c.SMTP_PASSWORD ?? '' } : null };
}

function imapSettings(c: MailEnv, problems: string[]): MailConfig['imap'] {
  if (!c.IMAP_URL) return null;
  const u = new URL(c.IMAP_URL);
  const secure = u.protocol === 'imaps:';
  const user = decodeURIComponent(u.username) || c.IMAP_USER;
  const pass = decodeURIComponent(u.password) || c.IMAP_PASSWORD;
  if (!user || !pass) problems.push('IMAP_USER and IMAP_PASSWORD: required with IMAP_URL (or put them in the URL)');
  const mailbox = decodeURIComponent(u.pathname.replace(/^\//, '')) || c.IMAP_MAILBOX;
  return { host: u.hostname, port: u.port ? Number(u.port) : secure ? 993 : 143, secure, user: user ?? '', pass: pass ?? '', mailbox, pollSeconds: c.IMAP_POLL_SECONDS };
}

/** Builds the mail section, pushing every problem found (fail fast, all at once). */
export function parseMailConfig(c: MailEnv, problems: string[]): MailConfig {
  const smtp = smtpSettings(c, problems);
  const from = c.MAIL_FROM ? parseFrom(c.MAIL_FROM) : { name: 'Coverdesk', address: 'coverdesk@localhost' };
  if (!from) problems.push('MAIL_FROM: must be an address, optionally with a name: "Support <support@example.com>"');
  if (smtp && !c.MAIL_FROM) problems.push('MAIL_FROM: required when an SMTP server is configured');
  const reply = c.MAIL_REPLY_ADDRESS ?? null;
  if (reply && !(reply.includes('{token}') && ADDRESS.test(reply.replace('{token}', 'x')))) {
    problems.push('MAIL_REPLY_ADDRESS: must be an address containing {token}, e.g. support+{token}@example.com');
  }
  if ((c.INBOUND_SMTP_USER && !c.INBOUND_SMTP_PASSWORD) || (!c.INBOUND_SMTP_USER && c.INBOUND_SMTP_PASSWORD)) {
    problems.push('INBOUND_SMTP_USER and INBOUND_SMTP_PASSWORD: set both or neither');
  }
  if (!c.INBOUND_SMTP_TLS_CERT !== !c.INBOUND_SMTP_TLS_KEY) problems.push('INBOUND_SMTP_TLS_CERT and INBOUND_SMTP_TLS_KEY: set both or neither');
  if (yes(c.INBOUND_SMTP_REQUIRE_TLS) && !c.INBOUND_SMTP_TLS_CERT) problems.push('INBOUND_SMTP_REQUIRE_TLS: needs INBOUND_SMTP_TLS_CERT and INBOUND_SMTP_TLS_KEY');
  if (c.MAIL_RETRY_CAP_SECONDS < c.MAIL_RETRY_BASE_SECONDS) problems.push('MAIL_RETRY_CAP_SECONDS: must be at least MAIL_RETRY_BASE_SECONDS');
  const fromAddress = from?.address ?? 'coverdesk@localhost';
  const domainOf = (a: string) => a.split('@').pop()!.replace(/[^A-Za-z0-9.-]/g, '') || 'coverdesk.invalid';
  return {
    smtp,
    from: from ?? { name: 'Coverdesk', address: fromAddress },
    replyAddress: reply,
    messageIdDomain: c.MAIL_MESSAGE_ID_DOMAIN ?? domainOf(reply ?? fromAddress),
    defaultSeverity: c.MAIL_DEFAULT_SEVERITY ?? null,
    senderAuthservId: c.MAIL_AUTHSERV_ID?.toLowerCase() ?? null,
    refusalIntervalMinutes: c.MAIL_REFUSAL_INTERVAL_MINUTES,
    refusalsPerHour: c.MAIL_REFUSALS_PER_HOUR,
    senderLimits: { ticketsPerHour: c.MAIL_SENDER_TICKETS_PER_HOUR, loopBurst: c.MAIL_LOOP_BURST, acksPerHour: c.MAIL_SENDER_ACKS_PER_HOUR },
    delivery: {
      intervalSeconds: c.MAIL_DELIVERY_INTERVAL_SECONDS,
      batch: c.MAIL_DELIVERY_BATCH,
      retryBaseSeconds: c.MAIL_RETRY_BASE_SECONDS,
      retryCapSeconds: c.MAIL_RETRY_CAP_SECONDS,
      maxAgeHours: c.MAIL_RETRY_MAX_HOURS,
      // Short (issue 14, item 4): a crashed worker's batch is free again within 30 s. A live
      // worker renews its lease every third of it (heartbeat), however long SMTP takes.
      leaseSeconds: 30,
    },
    inboundSmtp:
      c.INBOUND_SMTP_PORT === undefined
        ? null
        : {
            host: c.INBOUND_SMTP_HOST,
            port: c.INBOUND_SMTP_PORT,
            maxBytes: Math.round(c.INBOUND_SMTP_MAX_MB * 1024 * 1024),
            auth: c.INBOUND_SMTP_USER ? { user: c.INBOUND_SMTP_USER, pass: c.INBOUND_SMTP_PASSWORD ?? '' } : null,
            domains: (c.INBOUND_SMTP_DOMAINS ?? '').split(',').map((d) => d.trim().toLowerCase()).filter(Boolean),
            tls: c.INBOUND_SMTP_TLS_CERT && c.INBOUND_SMTP_TLS_KEY ? { certFile: c.INBOUND_SMTP_TLS_CERT, keyFile: c.INBOUND_SMTP_TLS_KEY, required: yes(c.INBOUND_SMTP_REQUIRE_TLS) ?? false } : null,
          },
    imap: imapSettings(c, problems),
    parse: { workers: c.MAIL_PARSE_WORKERS, timeoutMs: c.MAIL_PARSE_TIMEOUT_SECONDS * 1000, memoryMb: c.MAIL_PARSE_MEMORY_MB },
  };
}
