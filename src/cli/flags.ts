/** Parses `--name value` and `--flag` pairs; positional arguments are kept in order. */
export function parseFlags(args: string[]): Map<string, string> & { positional: string[] } {
  const m = new Map<string, string>() as Map<string, string> & { positional: string[] };
  m.positional = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      const next = args[i + 1];
      if (inline !== undefined) m.set(k, inline);
      else if (next !== undefined && !next.startsWith('--')) {
        m.set(k, next);
        i++;
      } else m.set(k, 'true');
    } else m.positional.push(a);
  }
  return m;
}

export const COMMANDS_HELP = `usage: coverdesk <command>

  start                          run Coverdesk: HTTP server and deadline worker in one process
  server                         run only the HTTP server (scale out: many servers, one PostgreSQL)
  worker                         run only the deadline and mail worker (any number of them)
  migrate                        apply pending database migrations and exit
  presets list                   list the preset catalogues shipped in presets/
  presets import <name>          import a preset catalogue (idempotent)
  create-user --email E [--name N] [--role admin|manager|agent]
  time add|between|explain …     business-time questions (see docs/OPERATIONS.md)
  help                           this text

Configuration comes from the environment (docs/OPERATIONS.md).`;
