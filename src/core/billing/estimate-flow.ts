import { DomainError } from '../errors.js';
import type { EstimateStatus, PhaseStatus } from '../enums.js';

/** R-B4/R-B6 estimate states: draft → sent → approved | declined. */
export type { EstimateStatus };

/**
 * Phase states (004: "handover and approval phase"). Approving the estimate
 * starts the first phase; the vendor hands a phase over; the customer's
 * administrator accepts it (the next phase starts) or sends it back.
 */
export type { PhaseStatus };

export interface PhaseState {
  id: string;
  position: number;
  status: PhaseStatus;
}

export interface EstimateState {
  id: string;
  version: number;
  status: EstimateStatus;
  phases: PhaseState[];
}

export type WorkGate = { allowed: true; estimateId: string; phaseId: string } | { allowed: false; reason: string };

/**
 * R-B4/R-B6: billable work on a request that needs an estimate is allowed
 * only while the latest approved estimate has a phase in progress (the whole
 * estimate approved, or the previous phase accepted). Returns where the work
 * belongs, or why it is not allowed yet.
 */
export function billableWorkGate(estimates: readonly EstimateState[]): WorkGate {
  const approved = estimates.filter((e) => e.status === 'approved').sort((a, b) => b.version - a.version)[0];
  if (!approved) {
    const sent = estimates.some((e) => e.status === 'sent');
    return { allowed: false, reason: sent ? 'The estimate waits for the administrator\'s approval.' : 'No approved estimate yet.' };
  }
  const current = [...approved.phases].sort((a, b) => a.position - b.position).find((p) => p.status !== 'accepted');
  if (!current) return { allowed: false, reason: 'Every phase of the approved estimate is accepted; further work needs a new estimate.' };
  if (current.status !== 'in_progress') return { allowed: false, reason: 'The current phase was handed over and waits for the administrator\'s acceptance.' };
  return { allowed: true, estimateId: approved.id, phaseId: current.id };
}

/** Phases once the estimate is approved: the first one starts. */
export function startFirstPhase(phases: readonly PhaseState[]): PhaseState[] {
  const sorted = [...phases].sort((a, b) => a.position - b.position);
  return sorted.map((p, i) => ({ ...p, status: i === 0 ? 'in_progress' : 'pending' }));
}

/**
 * One phase step. 'hand_over' (vendor): in_progress → handed_over.
 * 'accept' (administrator): handed_over → accepted, and the next phase starts.
 * 'reject' (administrator): handed_over → in_progress (rework).
 * Throws ESTIMATE_STATE_CONFLICT when the phase is not in the needed state, NOT_FOUND for an unknown phase.
 */
export function stepPhase(phases: readonly PhaseState[], phaseId: string, step: 'hand_over' | 'accept' | 'reject'): PhaseState[] {
  const sorted = [...phases].sort((a, b) => a.position - b.position).map((p) => ({ ...p }));
  const i = sorted.findIndex((p) => p.id === phaseId);
  if (i < 0) throw new DomainError('NOT_FOUND', 'No such phase.');
  const p = sorted[i]!;
  const need: PhaseStatus = step === 'hand_over' ? 'in_progress' : 'handed_over';
  if (p.status !== need) throw new DomainError('ESTIMATE_STATE_CONFLICT', `The phase is ${p.status}; this needs it ${need}.`, { phaseId, status: p.status, needed: need });
  if (step === 'hand_over') p.status = 'handed_over';
  if (step === 'reject') p.status = 'in_progress';
  if (step === 'accept') {
    p.status = 'accepted';
    const next = sorted[i + 1];
    if (next) next.status = 'in_progress';
  }
  return sorted;
}
