import { createServer, type AddressInfo, type Socket } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One DATA the sink received (accepted or not). */
export interface SinkMessage {
  raw: Buffer;
  messageId: string;
  envelope: { from: string; to: string[] };
  accepted: boolean;
}

/** How the sink answers right now; tests flip these between rounds. */
export interface SinkMode {
  /** Refuse connections with this code (e.g. 421). */
  connect: number | null;
  /** Answer every RCPT TO with this code (e.g. 451). */
  rcpt: number | null;
  /** Take the whole message, then answer with this code (an ambiguous failure for the sender). */
  data: number | null;
  /** Recipients refused with 550 for good. */
  unknownUsers: Set<string>;
  /** Milliseconds before answering DATA (a slow server). */
  delayMs: number;
  /** Take the whole message, then close the connection without answering (the sender cannot know it arrived). */
  dropAfterData: boolean;
}

export interface SmtpSink {
  port: number;
  mode: SinkMode;
  /** Every DATA received, in order. */
  received: SinkMessage[];
  accepted(): SinkMessage[];
  close(): Promise<void>;
}

const err = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/** A free TCP port on loopback (nothing listens on it until someone binds it). */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** A real SMTP server on loopback (smtp-server) acting as the outbound peer in tests. */
export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const mode: SinkMode = { connect: null, rcpt: null, data: null, unknownUsers: new Set(), delayMs: 0, dropAfterData: false };
  const received: SinkMessage[] = [];
  // The client's socket by its port: drop-after-DATA destroys it instead of answering.
  const sockets = new Map<number, Socket>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    hideSTARTTLS: true,
    disableReverseLookup: true,
    logger: false,
    onConnect(_s, cb) {
      cb(mode.connect ? err(mode.connect, '4.3.2 Service not available, try later') : undefined);
    },
    onRcptTo(address, _s, cb) {
      if (mode.unknownUsers.has(address.address.toLowerCase())) return cb(err(550, `5.1.1 <${address.address}>: Recipient address rejected: User unknown in local recipient table`));
      cb(mode.rcpt ? err(mode.rcpt, '4.7.1 Greylisted, try again later') : undefined);
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        const parsed = await simpleParser(raw);
        const code = mode.data;
        const drop = mode.dropAfterData;
        received.push({
          raw,
          messageId: parsed.messageId ?? '',
          envelope: { from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address, to: session.envelope.rcptTo.map((r) => r.address) },
          accepted: !code && !drop,
        });
        if (drop) return sockets.get(session.remotePort)?.destroy();
        setTimeout(() => cb(code ? err(code, '4.3.0 Temporary failure after data') : null), mode.delayMs);
      });
    },
  });
  server.server.on('connection', (socket: Socket) => {
    const port = socket.remotePort!;
    sockets.set(port, socket);
    socket.once('close', () => sockets.delete(port));
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    mode,
    received,
    accepted: () => received.filter((m) => m.accepted),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
