/**
 * The load generator, run as a child process (so it does not share the
 * server's event loop): `concurrency` async workers POST tickets with
 * keep-alive until the duration or request budget is spent, then report
 * latencies and status counts to the parent over IPC.
 */
import { Agent, request } from 'node:http';

export interface LoadPlan {
  url: string;
  tokens: string[];
  concurrency: number;
  durationMs: number;
  maxRequests: number | null;
  severities: string[];
}

export interface LoadResult {
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  firstError: string | null;
  elapsedMs: number;
  latenciesMs: number[];
}

/** One POST over the keep-alive agent (node:http: the lightest client, it shares 2 cores with the server). */
function post(agent: Agent, url: URL, auth: string, body: string): Promise<{ statusCode: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { authorization: auth, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: plan.concurrency });
  const target = new URL(plan.url);
  const latenciesMs: number[] = [];
  const statuses: Record<string, number> = {};
  let ok = 0;
  let errors = 0;
  let sent = 0;
  let firstError: string | null = null;
  const start = performance.now();
  const until = start + plan.durationMs;
  const worker = async (w: number) => {
    const auth = `Bearer ${plan.tokens[w % plan.tokens.length]}`;
    for (let i = 0; performance.now() < until && (plan.maxRequests === null || sent < plan.maxRequests); i++) {
      sent++;
      const body = JSON.stringify({
        subject: `Load ticket ${w}-${i}: the export to PDF fails`,
        body: `Client ${w} request ${i}. Since the upgrade the export of signed documents fails with a timeout after 30 seconds.`,
        severity: plan.severities[i % plan.severities.length],
      });
      const t0 = performance.now();
      try {
        const res = await post(agent, target, auth, body);
        const text = res.text;
        latenciesMs.push(performance.now() - t0);
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
        if (res.statusCode === 201) ok++;
        else {
          errors++;
          firstError ??= `${res.statusCode} ${text.slice(0, 300)}`;
        }
      } catch (e) {
        errors++;
        statuses.network = (statuses.network ?? 0) + 1;
        firstError ??= String(e);
      }
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, (_, w) => worker(w)));
  const elapsedMs = performance.now() - start;
  agent.destroy();
  return { ok, errors, statuses, firstError, elapsedMs, latenciesMs };
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
