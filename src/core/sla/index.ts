/** SLA targets and clocks (R-T3, R-S1..R-S5). */
export type { SeverityTargets, Target } from './targets.js';
export { parseTarget } from './parse-target.js';
export { targetBudgetSeconds } from './target-budget.js';
export type { ClockExplanation, ClockState, PauseReason, SlaClock, SlaClocks, SlaEvent, SlaInput, SlaWarning, TicketStatus } from './sla-types.js';
export { computeSlaClocks } from './compute-sla-clocks.js';
export { nextSlaEventAt } from './next-sla-event-at.js';
export { minimumResolutionAt } from './minimum-resolution.js';
