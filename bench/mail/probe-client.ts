/**
 * The probe, run as a child process (its own event loop): GETs each URL on a
 * fixed schedule (open loop: one request every `intervalMs` per URL whatever
 * the answers do, latency counted from the scheduled instant, so a server that
 * stalls is charged for every request it kept waiting), until told to stop.
 * Latencies go to the parent over IPC.
 */
import http from 'node:http';

export interface ProbePlan {
  urls: Array<{ name: string; url: string; headers?: Record<string, string> }>;
  intervalMs: number;
}

export interface ProbeResult {
  /** Per URL name: [scheduled at (ms since start), latency ms, status] */
  samples: Record<string, Array<[number, number, number]>>;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function get(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers, timeout: 120_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
  });
}

process.once('message', (plan: ProbePlan) => {
  const t0 = performance.now();
  const samples: ProbeResult['samples'] = Object.fromEntries(plan.urls.map((u) => [u.name, []]));
  const pending = new Set<Promise<void>>();
  let n = 0;
  const timer = setInterval(() => {
    // Catch up on ticks the probe itself missed, so its own hiccups never hide the server's.
    const due = Math.floor((performance.now() - t0) / plan.intervalMs);
    for (; n <= due; n++) {
      const scheduled = t0 + n * plan.intervalMs;
      for (const u of plan.urls) {
        const p = get(u.url, u.headers ?? {}).then((status) => {
          samples[u.name]!.push([scheduled - t0, performance.now() - scheduled, status]);
        });
        pending.add(p);
        void p.finally(() => pending.delete(p));
      }
    }
  }, plan.intervalMs / 2);
  process.once('message', async () => {
    clearInterval(timer);
    await Promise.all(pending);
    process.send!({ samples } satisfies ProbeResult, () => process.exit(0));
  });
  process.send!('started');
});
