import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStorage, type TestStorage } from './support/engines.js';

const ROOT = join(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(what: string, fn: () => T | null | undefined | Promise<T | null | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** SERVER_PROCESSES (docs/OPERATIONS.md "Scaling out"): the real `coverdesk server` on PostgreSQL. */
describe.skipIf(!process.env.TEST_DATABASE_URL)('several HTTP processes on one port (PostgreSQL)', () => {
  let db: TestStorage;
  let server: ChildProcess;
  let output = '';
  let port = 0;
  beforeAll(async () => {
    db = await createTestStorage('postgres', { migrated: false });
    port = await freePort();
    server = spawn(process.execPath, [join(ROOT, 'bin/coverdesk.mjs'), 'server'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        SECRET_KEY: 'http-processes-test-secret-key-0123456789',
        ADMIN_EMAIL: 'admin@example.com',
        ADMIN_PASSWORD: 'correct horse battery staple',
        SERVER_PROCESSES: '2',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        LOAD_DEMO: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    server.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  });
  afterAll(async () => {
    if (server.exitCode === null) server.kill('SIGKILL');
    await db.dispose();
  });

  const pids = () => {
    const m = [...output.matchAll(/HTTP processes \(pids ([\d, ]+);/g)].at(-1);
    return m ? m[1]!.split(', ').map(Number) : null;
  };
  const ready = async () => (await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.status).catch(() => 0)) === 200;

  it('boots once, then serves from the given number of processes', async () => {
    const children = await until('the serving line', pids);
    expect(children).toHaveLength(2);
    expect(children.every(alive)).toBe(true);
    expect(children).not.toContain(server.pid);
    expect(output.match(/Created the first admin/g)).toHaveLength(1);
    expect(await ready()).toBe(true);
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', password: 'correct horse battery staple' }),
    });
    expect(res.status).toBe(200);
  });

  it('replaces a process that dies, and keeps serving meanwhile', async () => {
    const [victim, other] = pids()!;
    process.kill(victim!, 'SIGKILL');
    // fetch keeps earlier requests' connections alive; one held by the victim dies
    // with it, so the first request may fail (CI saw it once). A client retries on
    // a new connection, which the other process must answer.
    await until('the other process to answer', ready, 5_000);
    await until('the replacement', () => output.includes('starting another'));
    await until('two live processes again', async () => {
      const { execFileSync } = await import('node:child_process');
      const kids = execFileSync('pgrep', ['-P', String(server.pid)]).toString().trim().split('\n').map(Number);
      return kids.length === 2 && kids.includes(other!) && !kids.includes(victim!);
    });
    expect(await ready()).toBe(true);
  });

  it('stops every process on SIGTERM and exits 0', async () => {
    const { execFileSync } = await import('node:child_process');
    const kids = execFileSync('pgrep', ['-P', String(server.pid)]).toString().trim().split('\n').map(Number);
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    await until('the HTTP processes to end', () => kids.every((k) => !alive(k)), 15_000);
  });
});
