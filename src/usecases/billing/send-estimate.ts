import type { Actor } from '../../core/actor.js';
import { estimateSentTemplate } from '../../core/billing/templates/estimate.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { listTicketEstimates, updateEstimateRow } from '../../storage/billing-estimates.queries.js';
import type { Db } from '../../storage/db.js';
import { findCustomerAdministrator } from '../../storage/recipients.queries.js';
import { randomToken } from '../auth/crypto.js';
import { queueEmail } from '../notifications/queue-email.js';
import { changeTicket } from '../tickets/change-ticket.js';
import { assertStaff } from '../../core/billing/billing-access.js';
import { presentEstimate, type EstimateView } from '../../presenters/billing/present-estimate.js';
import { pageUrl } from '../../core/pages.js';
import { Scope } from '../../core/scope.js';

/**
 * R-B4/R-B6: sends a draft estimate to the customer's administrator (002: the
 * single point for estimates): the estimate becomes 'sent', the history shows
 * it to the customer, and the email is queued in the same transaction, on
 * the ticket's thread so a reply can approve it (decideEstimateByEmail). The
 * mail carries its own reply token: only a reply to THIS mail may decide (issue 13).
 * Throws FORBIDDEN, NOT_FOUND, ESTIMATE_STATE_CONFLICT, NO_CUSTOMER_ADMINISTRATOR.
 */
export async function sendEstimate(deps: { db: Db; clock: Clock; config: { publicUrl: string } }, input: { actor: Actor; ticketId: string; estimateId: string }): Promise<EstimateView> {
  assertStaff(input.actor);
  const { result } = await changeTicket(deps, input.actor, input.ticketId, async (c) => {
    const e = (await listTicketEstimates(c.tx, Scope.of(input.actor), c.ticket.id)).find((x) => x.id === input.estimateId);
    if (!e) throw new DomainError('NOT_FOUND', 'No such estimate.');
    if (e.status !== 'draft') throw new DomainError('ESTIMATE_STATE_CONFLICT', `The estimate is ${e.status}; only a draft is sent.`, { status: e.status, needed: 'draft' });
    const admin = await findCustomerAdministrator(c.tx, c.ticket.customerId);
    if (!admin) throw new DomainError('NO_CUSTOMER_ADMINISTRATOR', 'The customer has no administrator contact to approve the estimate.');
    const row = await updateEstimateRow(c.tx, e.id, { status: 'sent', sentAt: c.now, sentBy: c.actor.id });
    await c.record('estimate_sent', { estimateId: e.id, version: e.version, minutes: e.minutes, priceCents: e.priceCents, currency: e.currency, to: admin.id });
    const rendered = estimateSentTemplate(
      {
        number: c.ticket.number, subject: c.ticket.subject, recipientName: admin.name, version: e.version, minutes: e.minutes, priceCents: e.priceCents,
        currency: e.currency, phases: e.phases, note: e.note, url: pageUrl(deps.config.publicUrl, 'supportTicket', { id: c.ticket.id }),
      },
      { locale: admin.locale, timeZone: admin.timeZone },
    );
    await queueEmail(c.tx, c.now, { recipient: admin, template: 'estimate-sent', rendered, dedupeKey: `estimate-sent:${e.id}`, ticketId: c.ticket.id, customerId: c.ticket.customerId, replyToken: randomToken(18) });
    return presentEstimate({ ...row, phases: e.phases });
  });
  return result;
}
