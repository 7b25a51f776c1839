import type { MailConfig } from '../../config/mail-config.js';
import type { OutboundMessage } from '../../core/mail/compose.js';

/** Sends one message; rejects with nodemailer-like errors ({ code, responseCode, response }). */
export interface MailTransport {
  send(message: OutboundMessage): Promise<{ response: string }>;
  close(): void;
}

/** What mail use cases log (pino and Fastify's logger fit). */
export interface MailLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const SILENT_LOG: MailLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

export type MailSettings = MailConfig;
