import { Worker } from 'node:worker_threads';
import { MailParseError, type ParsedInbound } from '../usecases/mail/parse-inbound.js';

export interface ParsePoolOptions {
  /** Workers kept (each parses one message at a time). */
  workers: number;
  /** Longest parse of one message; past it the worker is stopped and the message is unparseable ('timeout'). */
  timeoutMs: number;
  /** V8 old-generation budget of each worker; past it the worker dies and the message is unparseable ('memory'). */
  memoryMb: number;
}

export interface ParsePool {
  parse(raw: Buffer, envelope?: { from?: string | null; to?: string[] }): Promise<ParsedInbound>;
  close(): Promise<void>;
}

/** No parser could take the message (shutting down, or a worker did not start): the desk's trouble, not the message's; the sender retries. */
export class ParserUnavailable extends Error {
  readonly transient = true;
  constructor(message = 'mail parser stopped (shutting down)') {
    super(message);
    this.name = 'ParserUnavailable';
  }
}

interface Job {
  id: number;
  raw: Uint8Array;
  envelope: { from?: string | null; to?: string[] };
  resolve(p: ParsedInbound): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

type Reply = { ready: true } | { id: number; ok: true; parsed: ParsedInbound } | { id: number; ok: false; reason: MailParseError['reason']; message: string };

const WORKER_FILE = new URL('./parse-worker.mjs', import.meta.url);

/** Structured clone turns Buffers into Uint8Arrays; ingest wants Buffers back. */
function revive(p: ParsedInbound): ParsedInbound {
  return { ...p, attachments: p.attachments.map((a) => ({ ...a, content: Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength) })) };
}

/**
 * Inbound mail is parsed here, off the main thread (issue 13 item 2, DESIGN
 * "Untrusted input"): a few reused worker threads, each with a V8 heap limit
 * (resourceLimits) and a per-message time limit. Whatever one message
 * contains, the event loop serving HTTP, SMTP and IMAP keeps running: a
 * message over a budget costs its worker (stopped and replaced), never the
 * process. Rejects with MailParseError for the message's own failures and
 * ParserUnavailable when the pool is closing.
 */
export function createParsePool(opts: ParsePoolOptions): ParsePool {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: opts.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(opts.memoryMb / 8))) } });
    worker.unref();
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    worker.on('message', (m: Reply) => {
      if ('ready' in m) {
        slot.ready = true;
        return pump();
      }
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      finish(slot);
      if (m.ok) job.resolve(revive(m.parsed));
      else job.reject(new MailParseError(m.reason, m.message));
      pump();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const job = slot.job;
      drop(slot);
      if (!slot.ready) return failStart(err);
      if (job) job.reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new MailParseError('memory', `parsing needed more than ${opts.memoryMb} MB`) : new MailParseError('malformed', err.message));
      pump();
    });
    worker.on('exit', () => {
      const job = slot.job;
      drop(slot);
      if (!slot.ready) return failStart(new Error('parse worker exited while starting'));
      if (job) job.reject(closed ? new ParserUnavailable() : new MailParseError('malformed', 'the parser stopped on this message'));
      pump();
    });
    slots.push(slot);
    return slot;
  };

  // A worker that cannot even start fails what waits (transient), rather than respawning in a loop.
  const failStart = (err: Error) => {
    for (const job of queue.splice(0)) job.reject(new ParserUnavailable(`mail parser did not start: ${err.message}`));
  };

  const finish = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  };

  const drop = (slot: Slot) => {
    finish(slot);
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
  };

  const pump = () => {
    if (closed) return;
    while (queue.length) {
      const idle = slots.find((s) => s.ready && !s.job);
      if (!idle) {
        if (slots.length < opts.workers) spawn();
        return;
      }
      const job = queue.shift()!;
      idle.job = job;
      // The budget counts from the moment a started worker has the message, not the time spent queued.
      idle.timer = setTimeout(() => {
        drop(idle);
        job.reject(new MailParseError('timeout', `parsing took longer than ${opts.timeoutMs / 1000} s`));
        void idle.worker.terminate();
        pump();
      }, opts.timeoutMs);
      idle.worker.postMessage({ id: job.id, raw: job.raw, envelope: job.envelope }, [job.raw.buffer as ArrayBuffer]);
    }
  };

  return {
    parse(raw, envelope = {}) {
      if (closed) return Promise.reject(new ParserUnavailable());
      return new Promise<ParsedInbound>((resolve, reject) => {
        // A copy of exactly the message's bytes, moved (not copied again) to the worker.
        queue.push({ id: nextId++, raw: new Uint8Array(raw), envelope, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new ParserUnavailable());
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
