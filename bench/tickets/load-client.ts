/**
 * The load generator, run as a child process (so it does not share the
 * server's event loop): autocannon with `concurrency` keep-alive connections
 * POSTing tickets until the duration or request budget is spent, then the
 * latencies, status counts and its own CPU time go to the parent over IPC.
 *
 * Why autocannon: the client shares the two cores with the server and
 * PostgreSQL, so the lighter it is the more of the machine the server gets.
 * autocannon (the Fastify project's load generator) spends ~0.05 ms of CPU
 * per request here; the node:http client this bench used before spent
 * ~0.15 ms (bench/README.md, Tickets).
 */
import autocannon from 'autocannon';

export interface LoadPlan {
  url: string;
  tokens: string[];
  concurrency: number;
  durationMs: number;
  maxRequests: number | null;
  severities: string[];
  /**
   * Answers that are an expected outcome, not an error (intake-server.ts: 409
   * ALLOWANCE_EXHAUSTED, a request held for approval because its contract is over
   * its allowance, R-P5). Counted in `held`; the first body of each is kept.
   */
  heldStatuses?: number[];
}

export interface LoadResult {
  ok: number;
  /** Answers with a status in plan.heldStatuses. */
  held: number;
  /** The first body of each held status (to check it is the expected refusal). */
  heldBodies: Record<string, string>;
  errors: number;
  statuses: Record<string, number>;
  firstError: string | null;
  elapsedMs: number;
  latenciesMs: number[];
  /** The client process's own CPU time during the run. */
  cpuMs: number;
}

/** Each connection files tickets as one contact (its own token), with a new subject every time. */
interface ConnectionContext {
  worker?: number;
  sent?: number;
}

let connections = 0;

async function run(plan: LoadPlan): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const statuses: Record<string, number> = {};
  let ok = 0;
  let held = 0;
  const heldBodies: Record<string, string> = {};
  const heldStatuses = new Set(plan.heldStatuses ?? []);
  let errors = 0;
  let firstError: string | null = null;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let finish!: (r: autocannon.Result) => void;
  let fail!: (e: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon({
    url: plan.url,
    connections: plan.concurrency,
    pipelining: 1,
    ...(plan.maxRequests !== null ? { amount: plan.maxRequests } : { duration: plan.durationMs / 1000 }),
    requests: [
      {
        method: 'POST',
        setupRequest: (req, context) => {
          const c = context as ConnectionContext;
          c.worker ??= connections++;
          const i = (c.sent = (c.sent ?? 0) + 1);
          const w = c.worker;
          return {
            ...req,
            headers: { authorization: `Bearer ${plan.tokens[w % plan.tokens.length]}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              subject: `Load ticket ${w}-${i}: the export to PDF fails`,
              body: `Client ${w} request ${i}. Since the upgrade the export of signed documents fails with a timeout after 30 seconds.`,
              severity: plan.severities[i % plan.severities.length],
            }),
          };
        },
        onResponse: (status, body) => {
          if (heldStatuses.has(status)) heldBodies[status] ??= body.slice(0, 300);
          else if (status !== 201) firstError ??= `${status} ${body.slice(0, 300)}`;
        },
      },
    ],
  }, (err: unknown, r: autocannon.Result) => (err ? fail(err) : finish(r)));
  // autocannon emits (client, statusCode, bytes, responseTime); its type declarations leave out the client.
  (instance as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latenciesMs.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (statusCode === 201) ok++;
    else if (heldStatuses.has(statusCode)) held++;
    else errors++;
  });
  const result = await done;
  const elapsedMs = performance.now() - start;
  const failed = result.errors + result.timeouts;
  if (failed > 0) {
    errors += failed;
    statuses.network = failed;
    firstError ??= `${failed} network errors or timeouts`;
  }
  const cpu = process.cpuUsage(cpu0);
  return { ok, held, heldBodies, errors, statuses, firstError, elapsedMs, latenciesMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

process.once('message', (plan: LoadPlan) => {
  run(plan).then(
    (r) => process.send!(r, () => process.exit(0)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
});
