import { nextSlaEventAt, type SlaClock, type SlaClocks } from '../sla/index.js';
import { listSlaNotices, noticeKey } from '../sla/sla-notices.js';

const toDate = (s: number | null) => (s === null ? null : new Date(s * 1000));

/** The SLA columns of a ticket for a set of clocks (R-S1; queue order R-K9 uses queueDueAt). */
export function slaColumns(clocks: SlaClocks | null, now: Date) {
  if (!clocks) {
    return {
      responseDueAt: null, resolutionDueAt: null, responseState: 'not_applicable', resolutionState: 'not_applicable',
      responseElapsedSeconds: 0, resolutionElapsedSeconds: 0, responseIndicative: false, resolutionIndicative: false,
      queueDueAt: null, nextSlaEventAt: null, slaComputedAt: now,
    };
  }
  const running = (c: SlaClock) => c.phase === 'running' && c.dueAt !== null;
  const live = [clocks.response, clocks.resolution].filter(running);
  const commitments = live.filter((c) => !c.indicative);
  const pick = (commitments.length ? commitments : live).map((c) => c.dueAt!);
  return {
    responseDueAt: toDate(clocks.response.dueAt),
    resolutionDueAt: toDate(clocks.resolution.dueAt),
    responseState: clocks.response.state,
    resolutionState: clocks.resolution.state,
    responseElapsedSeconds: Math.round(clocks.response.businessSecondsElapsed),
    resolutionElapsedSeconds: Math.round(clocks.resolution.businessSecondsElapsed),
    responseIndicative: clocks.response.indicative,
    resolutionIndicative: clocks.resolution.indicative,
    queueDueAt: pick.length ? new Date(Math.min(...pick) * 1000) : null,
    nextSlaEventAt: toDate(nextSlaEventAt(clocks)),
    slaComputedAt: now,
  };
}

/**
 * The SLA columns, keeping the ticket due for the sweep while a warning or
 * breach whose instant has passed is not in `fired` (the worker was down, a
 * reply stopped the clock after the deadline, a phone ticket logged late), so
 * it still fires exactly once (R-S4).
 */
export function slaColumnsOwing(clocks: SlaClocks | null, now: Date, fired: ReadonlySet<string>) {
  const columns = slaColumns(clocks, now);
  const owed = clocks ? pastNotices(clocks, now).find((n) => !fired.has(noticeKey(n))) : undefined;
  if (owed) {
    const at = new Date(owed.at * 1000);
    if (columns.nextSlaEventAt === null || at < columns.nextSlaEventAt) return { ...columns, nextSlaEventAt: at };
  }
  return columns;
}

/** Warnings and breaches of `clocks` whose instant has passed at `now` (fired or not). */
export function pastNotices(clocks: SlaClocks, now: Date) {
  return listSlaNotices(clocks).filter((n) => n.reached && n.at <= now.getTime() / 1000);
}
