import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');

export interface Proc {
  child: ChildProcess;
  output(): string;
  alive(): boolean;
  /** Resolves with the exit code (or signal) once the process ended. */
  exited: Promise<string>;
}

/**
 * Runs the real `coverdesk <role>` command (bin/coverdesk.mjs) as a child
 * process. With FAULT_CLOCK_FILE in env its clock is the suite's (clock.ts).
 */
export function spawnCoverdesk(role: 'server' | 'worker' | 'start', env: Record<string, string>): Proc {
  const preload = env.FAULT_CLOCK_FILE ? ['--import', join(import.meta.dirname, 'fault-clock.mjs')] : [];
  const child = spawn(process.execPath, [...preload, join(ROOT, 'bin/coverdesk.mjs'), role], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SECRET_KEY: 'fault-suite-secret-key-0123456789abcdefgh',
      ADMIN_EMAIL: 'admin@example.com',
      ADMIN_PASSWORD: 'correct horse battery staple',
      HOST: '127.0.0.1',
      LOAD_DEMO: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<string>((resolve) => child.once('exit', (code, sig) => resolve(`${code ?? sig}`)));
  return { child, output: () => out, alive: () => child.exitCode === null && child.signalCode === null, exited };
}

export async function until<T>(what: string, fn: () => T | null | undefined | false | Promise<T | null | undefined | false>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Counts JSON log lines (pino) whose msg equals m. */
export const countLogs = (output: string, m: string) => output.split('\n').filter((l) => l.includes(`"msg":"${m}"`)).length;
