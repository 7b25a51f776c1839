import { startFirstPhase } from '../../core/billing/estimate-flow.js';
import { DomainError } from '../../core/errors.js';
import { updateEstimateRow, updatePhaseRow, type EstimateWithPhases } from '../../storage/billing-estimates.queries.js';
import type { TicketChange } from '../tickets/change-ticket.js';
import { presentEstimate, type EstimateView } from '../../presenters/billing/present-estimate.js';

/**
 * The administrator's decision on a sent estimate, inside the ticket's change:
 * approved starts the first phase (billable work may begin, R-B4); declined
 * ends it (a new version may follow). Recorded in the history, visible to the
 * customer. Throws ESTIMATE_STATE_CONFLICT when the estimate is not 'sent'.
 */
export async function applyEstimateDecision(
  c: TicketChange,
  e: EstimateWithPhases,
  d: { contactId: string; decision: 'approve' | 'decline'; note: string; channel: 'portal' | 'email' },
): Promise<EstimateView> {
  if (e.status !== 'sent') throw new DomainError('ESTIMATE_STATE_CONFLICT', `The estimate is ${e.status}; only a sent estimate is decided.`, { status: e.status, needed: 'sent' });
  const status = d.decision === 'approve' ? 'approved' : 'declined';
  const row = await updateEstimateRow(c.tx, e.id, { status, decidedAt: c.now, decidedBy: d.contactId, decisionChannel: d.channel, decisionNote: d.note || null });
  let phases = e.phases;
  if (status === 'approved') {
    const started = startFirstPhase(e.phases);
    for (const p of started) await updatePhaseRow(c.tx, p.id, { status: p.status });
    phases = e.phases.map((p) => ({ ...p, status: started.find((s) => s.id === p.id)!.status }));
  }
  await c.record(`estimate_${status}`, { estimateId: e.id, version: e.version, channel: d.channel, ...(d.note ? { note: d.note } : {}) });
  return presentEstimate({ ...row, phases });
}
