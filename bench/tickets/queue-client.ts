/**
 * The agents of queue-http.ts, in a process of their own: each agent is one
 * closed loop (the next request when the last answer is in, no think time)
 * with its own credentials (a session cookie or an API token), going through
 * the queue shapes in turn from its own starting point. Latency per shape and
 * the statuses go back to the parent over IPC.
 */

export interface QueuePlan {
  base: string;
  agents: Array<{ name: string; headers: Record<string, string> }>;
  shapes: Array<{ name: string; query: string }>;
  durationMs: number;
}

export interface QueueResult {
  /** Latencies in ms per shape name. */
  latencies: Record<string, number[]>;
  statuses: Record<string, number>;
  firstError: string | null;
  elapsedMs: number;
  cpuMs: number;
}

async function run(plan: QueuePlan): Promise<QueueResult> {
  const latencies: Record<string, number[]> = Object.fromEntries(plan.shapes.map((s) => [s.name, []]));
  const statuses: Record<string, number> = {};
  let firstError: string | null = null;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const until = start + plan.durationMs;
  await Promise.all(plan.agents.map(async (agent, a) => {
    for (let i = a; performance.now() < until; i++) {
      const shape = plan.shapes[i % plan.shapes.length]!;
      const t0 = performance.now();
      let status = 0;
      try {
        const res = await fetch(`${plan.base}/api/v1/agent/queue?limit=50${shape.query ? `&${shape.query}` : ''}`, { headers: agent.headers });
        const body = await res.text();
        status = res.status;
        if (status !== 200) firstError ??= `${agent.name} ${shape.name}: ${status} ${body.slice(0, 200)}`;
      } catch (e) {
        firstError ??= `${agent.name} ${shape.name}: ${String(e)}`;
      }
      latencies[shape.name]!.push(performance.now() - t0);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  }));
  const cpu = process.cpuUsage(cpu0);
  return { latencies, statuses, firstError, elapsedMs: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 };
}

process.once('message', (plan: QueuePlan) => {
  run(plan).then(
    (r) => process.send!(r, () => process.exit(0)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
});
