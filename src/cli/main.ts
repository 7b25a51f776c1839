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
  async start() {
    const { startServer } = await import('../entry/server.js');
    await startServer();
    return new Promise<number>(() => undefined); // runs until a signal stops it
  },
  async server(args) {
    return handlers.start!(args);
  },
  async migrate() {
    const config = parseConfig(process.env);
    const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const applied = await migrate(storage);
      out(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the database is up to date.');
      return 0;
    } finally {
      await storage.close();
    }
  },
  async 'create-user'(args) {
    const f = parseFlags(args);
    const email = f.get('email');
    const role = f.get('role') ?? 'agent';
    if (!email || !['admin', 'manager', 'agent'].includes(role)) {
      err('usage: coverdesk create-user --email E [--name N] [--role admin|manager|agent]');
      return 2;
    }
    const config = parseConfig(process.env);
    const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await migrate(storage);
      const r = await createUser(
        { db: storage.db, clock },
        { actor: SYSTEM_ACTOR, email, name: f.get('name') ?? email, role: role as 'agent' },
      );
      out(`Created ${r.user.role} ${r.user.email}; one-time password: ${r.oneTimePassword}`);
      return 0;
    } finally {
      await storage.close();
    }
  },
};

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
