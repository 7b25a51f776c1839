import type { SlaClocks } from './sla-types.js';

/** Earliest warning or breach still to come over a ticket's clocks (epoch seconds), or null; for the scheduler (R-S4). */
export function nextSlaEventAt(clocks: SlaClocks): number | null {
  const times = [clocks.response.nextEvent?.at, clocks.resolution.nextEvent?.at].filter((t): t is number => t !== undefined);
  return times.length ? Math.min(...times) : null;
}
