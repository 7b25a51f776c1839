import type { EstimateWithPhases } from '../../storage/billing-estimates.queries.js';
import type { EstimateView } from '../../views/billing.js';

export type { EstimateView };

/** An estimate as the API shows it: minutes and hours, price in minor units with the currency. */
export function presentEstimate(e: EstimateWithPhases): EstimateView {
  return {
    id: e.id,
    ticketId: e.ticketId,
    version: e.version,
    status: e.status,
    currency: e.currency,
    minutes: e.minutes,
    hours: e.minutes / 60,
    priceCents: e.priceCents,
    note: e.note,
    createdAt: e.createdAt.toISOString(),
    sentAt: e.sentAt?.toISOString() ?? null,
    decidedAt: e.decidedAt?.toISOString() ?? null,
    decidedBy: e.decidedBy,
    decisionChannel: e.decisionChannel,
    decisionNote: e.decisionNote,
    phases: e.phases.map((p) => ({
      id: p.id, position: p.position, name: p.name, minutes: p.minutes, hours: p.minutes / 60, priceCents: p.priceCents, status: p.status,
      handedOverAt: p.handedOverAt?.toISOString() ?? null, handoverNote: p.handoverNote, decidedAt: p.decidedAt?.toISOString() ?? null,
    })),
  };
}
