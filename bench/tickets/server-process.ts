/**
 * The real `coverdesk server` as a child process, for the benches that measure
 * what users get (intake-server.ts, queue-http.ts): NODE_ENV=production,
 * logging as in production (pino at the default level, `info`: a JSON line per
 * request and per answer) into a file, as a service manager would keep it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { BENCH_SECRET } from './api-load.js';

export interface ServerProcess {
  proc: ChildProcess;
  base: string;
  logFile: string;
  logBytes(): number;
  stop(): Promise<void>;
}

/** `logLevel` only to measure what logging costs; left out, the server logs as in production. */
export async function startServer(opts: { databaseUrl: string; processes: number; scratch: string; logLevel?: string }): Promise<ServerProcess> {
  const port = await freePort();
  const logFile = join(opts.scratch, 'server.log');
  const logFd = openSync(logFile, 'a');
  // CPU_PROFILE=dir: V8 CPU profiles of the server process(es), written there when they exit (open in Chrome DevTools).
  const profile = process.env.CPU_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.CPU_PROFILE] : [];
  const proc = spawn(process.execPath, [...profile, new URL('../../bin/coverdesk.mjs', import.meta.url).pathname, 'server'], {
    env: {
      ...process.env, NODE_ENV: 'production', DATABASE_URL: opts.databaseUrl, SECRET_KEY: BENCH_SECRET, SERVER_PROCESSES: String(opts.processes),
      HOST: '127.0.0.1', PORT: String(port), LOAD_DEMO: 'false', ADMIN_EMAIL: 'bench-admin@example.com', ADMIN_PASSWORD: 'bench admin password',
      ATTACHMENTS_DIR: opts.scratch, LOG_LEVEL: opts.logLevel,
    },
    stdio: ['ignore', logFd, logFd],
  });
  const until = Date.now() + 180_000;
  while (!readFileSync(logFile, 'utf8').includes('Coverdesk is serving')) {
    if (proc.exitCode !== null) throw new Error(`the server exited (${proc.exitCode}): ${readFileSync(logFile, 'utf8').slice(-2000)}`);
    if (Date.now() > until) throw new Error('timed out waiting for the server to start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    proc,
    base: `http://127.0.0.1:${port}`,
    logFile,
    logBytes: () => statSync(logFile).size,
    async stop() {
      if (proc.exitCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
