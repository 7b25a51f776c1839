import { parseConfig } from '../config/config.js';
import { SYSTEM_ACTOR } from '../core/actor.js';
import type { Clock } from '../core/clock.js';
import { openStorage } from '../storage/db.js';
import { migrate } from '../storage/migrate.js';
import { createUser } from '../usecases/users/create-user.js';
import { COMMANDS_HELP, parseFlags } from './flags.js';

const clock: Clock = { now: () => new Date() };
const out = (m: string) => process.stdout.write(`${m}\n`);
const err = (m: string) => process.stderr.write(`${m}\n`);

type Handler = (args: string[]) => Promise<number>;

const handlers: Record<string, Handler> = {
  start: () => runRole('all-in-one'),
  server: () => runRole('server'),
  worker: () => runRole('worker'),
  async migrate() {
    const config = parseConfig(process.env);
    const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const applied = await migrate(storage);
      out(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the database is up to date.');
      // R-T5: the step a migration may ask for (stored due instants it marked stale).
      const { recomputeStaleSla } = await import('../usecases/sla/recompute-stale-sla.js');
      const stale = await recomputeStaleSla({ db: storage.db, clock });
      if (stale.recomputed + stale.failed) out(`Recomputed the SLA columns of ${stale.recomputed} open ticket(s)${stale.failed ? `; ${stale.failed} left to the SLA sweep` : ''}.`);
      return 0;
    } finally {
      await storage.close();
    }
  },
  async presets(args) {
    const [sub, name] = args;
    const { listPresets } = await import('../usecases/presets/list-presets.js');
    if (sub === 'list') {
      for (const p of listPresets({ actor: SYSTEM_ACTOR })) out(`${p.name}\t${JSON.stringify(p)}`);
      return 0;
    }
    if (sub !== 'import' || !name) {
      err('usage: coverdesk presets list | presets import <name>');
      return 2;
    }
    return withStorage(async (db) => {
      const { importPreset } = await import('../usecases/presets/import-preset.js');
      const r = await importPreset({ db, clock }, { name, actor: SYSTEM_ACTOR });
      out(JSON.stringify(r, null, 2));
      return 0;
    });
  },
  async time(args) {
    const { runTimeCommand } = await import('./time-command.js');
    return runTimeCommand(args, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  },
  async 'create-user'(args) {
    const f = parseFlags(args);
    const email = f.get('email');
    const role = f.get('role') ?? 'agent';
    if (!email || !['admin', 'manager', 'agent'].includes(role)) {
      err('usage: coverdesk create-user --email E [--name N] [--role admin|manager|agent]');
      return 2;
    }
    return withStorage(async (db) => {
      const r = await createUser({ db, clock }, { actor: SYSTEM_ACTOR, email, name: f.get('name') ?? email, role: role as 'agent' });
      out(`Created ${r.user.role} ${r.user.email}; one-time password: ${r.oneTimePassword}`);
      return 0;
    });
  },
};

/** Runs a long-lived process role until a signal stops it. */
async function runRole(role: 'all-in-one' | 'server' | 'worker'): Promise<number> {
  const { run } = await import('../entry/run.js');
  await run(role);
  return new Promise<number>(() => undefined);
}

/** Opens storage from the environment, applies migrations, runs fn, closes. */
async function withStorage(fn: (db: Awaited<ReturnType<typeof openStorage>>['db']) => Promise<number>): Promise<number> {
  const config = parseConfig(process.env);
  const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(storage);
    return await fn(storage.db);
  } finally {
    await storage.close();
  }
}

/** `coverdesk <command> …`; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const handler = command ? handlers[command] : undefined;
  if (!handler) {
    (command && command !== 'help' ? err : out)(COMMANDS_HELP);
    return command && command !== 'help' ? 2 : 0;
  }
  try {
    return await handler(rest);
  } catch (e) {
    const code = (e as { code?: string }).code;
    err(code ? `${code}: ${(e as Error).message}` : String((e as Error).stack ?? e));
    return 1;
  }
}

/** Lets other CLI modules register commands (presets, time). */
export function registerCommand(name: string, handler: Handler): void {
  handlers[name] = handler;
}
