import cluster, { type Worker as ClusterWorker } from 'node:cluster';

export interface HttpProcesses {
  pids(): number[];
  stop(): Promise<void>;
}

interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

const RESTART_DELAY_MS = 1_000;
const STOP_GRACE_MS = 10_000;

/**
 * Starts `n` HTTP processes sharing the port (node:cluster; the primary hands
 * out connections) and keeps them running: one that dies (a crash, a kill) is
 * replaced after a second. Resolves when all of them listen; rejects if one dies before it
 * does (a configuration or database problem would only repeat). stop() sends
 * SIGTERM, lets in-flight requests finish, and kills what is left after 10 s.
 */
export function startHttpProcesses(n: number, log: Log): Promise<HttpProcesses> {
  let stopping = false;
  let started = false;
  const live = new Set<ClusterWorker>();
  return new Promise((resolve, reject) => {
    let listening = 0;
    const spawn = () => {
      const w = cluster.fork();
      live.add(w);
      w.once('listening', () => {
        if (!started && ++listening === n) {
          started = true;
          resolve(handle);
        }
      });
      w.once('exit', (code, signal) => {
        live.delete(w);
        if (stopping) return;
        if (!started) {
          stopping = true;
          for (const other of live) other.process.kill('SIGTERM');
          reject(new Error(`an HTTP process exited while starting (code ${code}, signal ${signal}); see its output above`));
          return;
        }
        // Exit code 0: it was asked to stop (SIGTERM/SIGINT reach the whole process group).
        if (code === 0) return;
        log.warn({ pid: w.process.pid, code, signal }, 'HTTP process exited; starting another');
        setTimeout(() => {
          if (!stopping) spawn();
        }, RESTART_DELAY_MS);
      });
    };
    const handle: HttpProcesses = {
      pids: () => [...live].map((w) => w.process.pid!).filter(Boolean),
      async stop() {
        stopping = true;
        await Promise.all(
          [...live].map(
            (w) =>
              new Promise<void>((done) => {
                const kill = setTimeout(() => w.process.kill('SIGKILL'), STOP_GRACE_MS);
                w.once('exit', () => {
                  clearTimeout(kill);
                  done();
                });
                w.process.kill('SIGTERM');
              }),
          ),
        );
      },
    };
    for (let i = 0; i < n; i++) spawn();
  });
}

/** True in a process started by startHttpProcesses. */
export function isHttpProcess(): boolean {
  return cluster.isWorker;
}
