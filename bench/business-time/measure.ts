/** Timing helpers for the benchmark: best-of-k wall time of a loop, in operations per second. */

/** Runs `loop` once to warm up, then `reps` times; returns the best rate (ops/s) and the last checksum. */
export function bestRate(ops: number, reps: number, loop: () => number): { rate: number; checksum: number } {
  let checksum = loop();
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = process.hrtime.bigint();
    checksum = loop();
    const ns = Number(process.hrtime.bigint() - t0);
    best = Math.min(best, ns);
  }
  return { rate: ops / (best / 1e9), checksum };
}

/** "2,345,678" */
export function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
