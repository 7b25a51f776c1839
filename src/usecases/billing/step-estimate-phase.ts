import type { Actor } from '../../core/actor.js';
import { stepPhase } from '../../core/billing/estimate-flow.js';
import { phaseHandedOverTemplate } from '../../core/billing/templates/estimate.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { listTicketEstimates, updatePhaseRow } from '../../storage/billing-estimates.queries.js';
import type { Db } from '../../storage/db.js';
import { findCustomerAdministrator } from '../../storage/recipients.queries.js';
import { queueEmail } from '../notifications/queue-email.js';
import { changeTicket } from '../tickets/change-ticket.js';
import { assertCustomerAdministrator, assertStaff } from '../../core/billing/billing-access.js';
import { presentEstimate, type EstimateView } from '../../presenters/billing/present-estimate.js';
import { pageUrl } from '../../core/pages.js';
import { isCustomerView, Scope } from '../../core/scope.js';

export type PhaseStep = 'hand_over' | 'accept' | 'reject';

/**
 * 004 larger work, phase by phase: staff hand the current phase over (the
 * administrator is emailed in the same transaction); the customer's
 * administrator accepts it (the next phase starts, so billable work on it is
 * allowed) or sends it back. Only phases of an approved estimate move.
 * Recorded in the history. Throws FORBIDDEN, NOT_CUSTOMER_ADMINISTRATOR,
 * NOT_FOUND, ESTIMATE_STATE_CONFLICT.
 */
export async function stepEstimatePhase(
  deps: { db: Db; clock: Clock; config?: { publicUrl: string } },
  input: { actor: Actor; ticketId: string; estimateId: string; phaseId: string; step: PhaseStep; note?: string },
): Promise<EstimateView> {
  const { actor, step } = input;
  if (step === 'hand_over') assertStaff(actor);
  else if (actor.kind !== 'contact') throw new DomainError('FORBIDDEN', 'The customer\'s administrator accepts phases.');
  const { result } = await changeTicket(deps, actor, input.ticketId, async (c) => {
    if (step !== 'hand_over') assertCustomerAdministrator(actor);
    const scope = Scope.of(actor);
    const e = (await listTicketEstimates(c.tx, scope, c.ticket.id)).find((x) => x.id === input.estimateId);
    if (!e || (isCustomerView(scope) && e.status === 'draft')) throw new DomainError('NOT_FOUND', 'No such estimate.');
    if (e.status !== 'approved') throw new DomainError('ESTIMATE_STATE_CONFLICT', `The estimate is ${e.status}; phases move once it is approved.`, { status: e.status, needed: 'approved' });
    const next = stepPhase(e.phases, input.phaseId, step);
    const note = input.note?.trim() ?? '';
    const phases = e.phases.map((p) => {
      const n = next.find((x) => x.id === p.id)!;
      if (p.id !== input.phaseId) return { ...p, status: n.status };
      return step === 'hand_over' ? { ...p, status: n.status, handedOverAt: c.now, handoverNote: note || null } : { ...p, status: n.status, decidedAt: c.now, decidedBy: actor.id };
    });
    for (const p of phases) {
      const before = e.phases.find((x) => x.id === p.id)!;
      if (p.status !== before.status) await updatePhaseRow(c.tx, p.id, { status: p.status, handedOverAt: p.handedOverAt, handoverNote: p.handoverNote, decidedAt: p.decidedAt, decidedBy: p.decidedBy });
    }
    const phase = phases.find((p) => p.id === input.phaseId)!;
    const event = ({ hand_over: 'phase_handed_over', accept: 'phase_accepted', reject: 'phase_rejected' } as const)[step];
    await c.record(event, { estimateId: e.id, phaseId: phase.id, position: phase.position, name: phase.name, ...(note ? { note } : {}) });
    if (step === 'hand_over') {
      const admin = await findCustomerAdministrator(c.tx, c.ticket.customerId);
      if (admin) {
        const url = pageUrl(deps.config?.publicUrl ?? '', 'supportTicket', { id: c.ticket.id });
        const rendered = phaseHandedOverTemplate({ number: c.ticket.number, subject: c.ticket.subject, recipientName: admin.name, phaseName: phase.name, note, url }, { locale: admin.locale, timeZone: admin.timeZone });
        await queueEmail(c.tx, c.now, { recipient: admin, template: 'phase-handed-over', rendered, dedupeKey: `phase-handover:${phase.id}:${c.now.toISOString()}`, ticketId: c.ticket.id, customerId: c.ticket.customerId });
      }
    }
    return presentEstimate({ ...e, phases });
  });
  return result;
}
