import type { Clock } from '../../core/clock.js';
import { listSlaNotices, noticeKey } from '../../core/sla/sla-notices.js';
import { slaNotice } from '../../core/notifications/templates/sla.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { findUserRecipient, listManagerRecipients, type RecipientRow } from '../../storage/recipients.queries.js';
import { recordSlaNotifications } from '../../storage/sla-notifications.queries.js';
import { insertTicketEvent, type TicketRow } from '../../storage/tickets.queries.js';
import { queueEmails } from '../notifications/queue-email.js';
import { computeTicketSla, type SlaMemo } from '../tickets/compute-ticket-sla.js';
import { storeTicketSla } from '../tickets/store-ticket-sla.js';
import { pageUrl } from '../../core/pages.js';

/**
 * R-S4: fires every warning and breach of a (locked) ticket whose instant has
 * passed, in time order, each exactly once per clock, threshold and cycle: the
 * ledger row, the history event and the staff emails are written in the
 * caller's transaction, and the ticket's next event is recomputed there too.
 * Warnings go to the assignee (managers when unassigned); breaches to the
 * assignee and the managers. Returns how many notices fired.
 */
export async function fireSlaNotices(deps: { db: Db; clock: Clock; publicUrl: string; memo?: SweepMemo }, t: TicketRow): Promise<number> {
  const now = deps.clock.now();
  const clocks = await computeTicketSla(deps.db, t, now, deps.memo);
  const due = clocks ? listSlaNotices(clocks).filter((n) => n.reached && n.at <= now.getTime() / 1000) : [];
  const fresh = await recordSlaNotifications(
    deps.db,
    due.map((n) => ({ ticketId: t.id, clock: n.clock, kind: n.kind, percent: n.percent, budgetSeconds: n.budgetSeconds, dueAt: new Date(n.dueAt * 1000), firedAt: now })),
  );
  const firing = due.filter((n) => fresh.has(noticeKey(n)));
  await insertTicketEvent(deps.db, firing.map((n) => ({
    ticketId: t.id, at: now, actorKind: 'system' as const, actorId: null, type: n.kind === 'breach' ? 'sla_breached' : 'sla_warning', internal: true,
    data: { clock: n.clock, percent: n.percent, dueAt: new Date(n.dueAt * 1000).toISOString(), instant: new Date(n.at * 1000).toISOString() },
  })));
  const customer = firing.length ? await findCustomerRow(deps.db, t.customerId) : null;
  const mails = [];
  for (const n of firing) {
    for (const r of await recipientsFor(deps.db, t, n.kind, deps.memo)) {
      const rendered = slaNotice(
        { ticketNumber: t.number, subject: t.subject, customerName: customer?.name ?? '', clock: n.clock, kind: n.kind, percent: n.percent, dueAt: new Date(n.dueAt * 1000), url: pageUrl(deps.publicUrl, 'consoleTicket', { id: t.id }) },
        { locale: r.locale, timeZone: r.timeZone },
      );
      mails.push({ recipient: r, template: `sla_${n.kind}`, rendered, dedupeKey: `sla:${t.id}:${noticeKey(n)}:${r.id}`, ticketId: t.id, customerId: t.customerId });
    }
  }
  await queueEmails(deps.db, now, mails);
  // The events just recorded are internal SLA events that do not move the clocks: reuse the computation.
  await storeTicketSla(deps.db, t, clocks, now, { allFired: true });
  return firing.length;
}
/** Per-batch cache: managers and compiled calendars do not change within one sweep transaction. */
export interface SweepMemo extends SlaMemo {
  managers?: RecipientRow[];
}

async function recipientsFor(db: Db, t: TicketRow, kind: 'warning' | 'breach', memo: Partial<SweepMemo> = {}): Promise<RecipientRow[]> {
  const assignee = t.assigneeId ? await findUserRecipient(db, t.assigneeId) : null;
  const list = assignee ? [assignee] : [];
  if (kind === 'breach' || !assignee) list.push(...(memo.managers ??= await listManagerRecipients(db)));
  return [...new Map(list.map((r) => [r.id, r])).values()];
}
