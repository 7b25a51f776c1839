import nodemailer from 'nodemailer';
import type { SmtpSettings } from '../config/mail-config.js';
import type { MailTransport } from '../usecases/mail/mail-deps.js';

/**
 * The outbound SMTP transport (nodemailer, pooled). Timeouts stay well under
 * the outbox lease (300 s) so a slow server never lets a second worker claim
 * a message that is still being sent. Files and URLs in messages are never
 * fetched: every byte comes from the outbox row.
 */
export function createSmtpTransport(smtp: SmtpSettings): MailTransport {
  const t = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.auth ?? undefined,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(m) {
      const info = await t.sendMail({
        from: m.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        messageId: m.messageId,
        replyTo: m.replyTo ?? undefined,
        inReplyTo: m.inReplyTo ?? undefined,
        references: m.references.length ? m.references : undefined,
        headers: m.headers,
        envelope: m.envelope,
      });
      return { response: String(info.response ?? '') };
    },
    close() {
      t.close();
    },
  };
}
