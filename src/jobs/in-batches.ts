/**
 * The shape every sweep shares: run one batch (a use case that claims up to
 * `batch` due rows and acts on them in one transaction: the claim is FOR
 * UPDATE SKIP LOCKED, the action clears the condition), and go on while a
 * batch comes back full, at most `maxBatches` times per call so one sweep
 * cannot starve the others. `step` returns how many rows it claimed; the
 * total is returned.
 */
export async function inBatches(opts: { batch: number; maxBatches?: number }, step: () => Promise<number>): Promise<number> {
  let total = 0;
  for (let i = 0; i < (opts.maxBatches ?? 100); i++) {
    const n = await step();
    total += n;
    if (n < opts.batch) break;
  }
  return total;
}
