import type { Actor } from '../../core/actor.js';
import type { MailConfig } from '../../config/mail-config.js';
import { authorize, MANAGERS } from '../../core/access.js';

/** The mail settings in force, read-only (they come from the environment); never a password. */
export function getMailSettings(deps: { config: { mail: MailConfig } }, input: { actor: Actor }) {
  authorize(input.actor, MANAGERS);
  const m = deps.config.mail;
  return {
    outbound: m.smtp
      ? { mode: 'smtp' as const, host: m.smtp.host, port: m.smtp.port, secure: m.smtp.secure, user: m.smtp.auth?.user ?? null }
      : { mode: 'kept' as const, host: null, port: null, secure: null, user: null },
    from: m.from,
    replyAddress: m.replyAddress,
    messageIdDomain: m.messageIdDomain,
    defaultSeverity: m.defaultSeverity,
    senderAuthservId: m.senderAuthservId,
    refusalIntervalMinutes: m.refusalIntervalMinutes,
    refusalsPerHour: m.refusalsPerHour,
    senderLimits: m.senderLimits,
    delivery: m.delivery,
    inboundSmtp: m.inboundSmtp ? { host: m.inboundSmtp.host, port: m.inboundSmtp.port, maxBytes: m.inboundSmtp.maxBytes, authRequired: !!m.inboundSmtp.auth, domains: m.inboundSmtp.domains, tls: m.inboundSmtp.tls ? { certFile: m.inboundSmtp.tls.certFile, required: m.inboundSmtp.tls.required } : null } : null,
    imap: m.imap ? { host: m.imap.host, port: m.imap.port, secure: m.imap.secure, user: m.imap.user, mailbox: m.imap.mailbox, pollSeconds: m.imap.pollSeconds } : null,
    parse: m.parse,
  };
}
