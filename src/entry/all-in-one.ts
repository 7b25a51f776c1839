import { ConfigError } from '../config/config.js';
import { run } from './run.js';

// `npm start`: one process serving HTTP and sweeping deadlines.
run('all-in-one').catch((err: unknown) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : String((err as Error)?.stack ?? err)}\n`);
  process.exit(1);
});
