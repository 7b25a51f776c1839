// The mail side for process entry points (src/entry): outbound delivery, IMAP polling, inbound SMTP.
export { startMailWorker, stopMailWorker, type MailWorker, type MailWorkerDeps } from './mail-worker.js';
export { startInboundSmtp, type InboundSmtp } from './inbound-smtp.js';
export { pollImapOnce } from './imap-poller.js';
export { createParsePool, type ParsePool } from './parse-pool.js';
