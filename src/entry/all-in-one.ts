import { ConfigError } from '../config/config.js';
import { startServer } from './server.js';

// `npm start`: one process serving HTTP (workers join it as later issues add them).
startServer().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : String((err as Error)?.stack ?? err)}\n`);
  process.exit(1);
});
