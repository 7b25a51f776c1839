// The parse worker (issue 13 item 2): one inbound message at a time, off the
// main thread, under the time and memory budget the pool gives it. Plain .mjs
// so the pool can start it with or without a TypeScript loader in the parent;
// a worker thread does not inherit the parent's loader, so it picks its own.
import { parentPort } from 'node:worker_threads';
import { loadTypeScript } from '../config/typescript-runtime.mjs';

await loadTypeScript();
const { parseInbound } = await import('../usecases/mail/parse-inbound.ts');

parentPort.on('message', async ({ id, raw, envelope }) => {
  try {
    const parsed = await parseInbound(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), envelope);
    parentPort.postMessage({ id, ok: true, parsed });
  } catch (err) {
    parentPort.postMessage({ id, ok: false, reason: err?.reason ?? 'malformed', message: String(err?.message ?? err).slice(0, 500) });
  }
});
parentPort.postMessage({ ready: true });
