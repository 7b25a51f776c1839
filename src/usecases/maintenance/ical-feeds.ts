import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { customerScope } from '../../core/contracts/tenant-scope.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { deleteIcalFeedRow, findIcalFeedRow, upsertIcalFeedRow } from '../../storage/maintenance-feeds.queries.js';
import type { IcalFeedSecret, IcalFeedStatus } from '../../views/maintenance.js';
import { keyedHash, randomToken } from '../auth/crypto.js';
import { withTx } from '../../storage/with-tx.js';
import { authorize, MANAGERS_OR_CUSTOMER } from '../../core/access.js';

type Deps = { db: Db; clock: Clock; secretKey: string; config: { publicUrl: string } };

/** Who may manage a customer's feed: admins (and the system), or that customer's administrator contact. NOT_FOUND for another customer's contact. */
function assertCanManageFeed(actor: Actor, customerId: string): void {
  customerScope(actor, customerId);
  if (actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin') || (actor.kind === 'contact' && actor.isAdministrator)) return;
  throw new DomainError('FORBIDDEN', "Only an admin or the customer's administrator contact may manage the calendar feed.");
}

export type { IcalFeedSecret, IcalFeedStatus };

/** Whether the customer has a feed (the URL itself is shown only when made). Throws NOT_FOUND. */
export async function getIcalFeedStatus(deps: { db: Db }, input: { actor: Actor; customerId: string }): Promise<IcalFeedStatus> {
  authorize(input.actor, MANAGERS_OR_CUSTOMER);
  const customerId = customerScope(input.actor, input.customerId);
  if (!(await findCustomerRow(deps.db, customerId))) throw new DomainError('NOT_FOUND', 'No such customer.');
  const f = await findIcalFeedRow(deps.db, customerId);
  return { active: !!f, createdAt: f?.createdAt.toISOString() ?? null, lastUsedAt: f?.lastUsedAt?.toISOString() ?? null };
}

/**
 * Makes (or replaces) the customer's secret iCalendar URL of maintenance
 * windows. The token (256 bits) is returned once; only its keyed hash is
 * stored, and the previous URL stops working at once. Audited. Throws
 * FORBIDDEN, NOT_FOUND.
 */
export async function rotateIcalFeed(deps: Deps, input: { actor: Actor; customerId: string }): Promise<IcalFeedSecret> {
  assertCanManageFeed(input.actor, input.customerId);
  const now = deps.clock.now();
  const token = `cdf_${randomToken(32)}`;
  await withTx(deps.db, async (tx) => {
    if (!(await findCustomerRow(tx, input.customerId))) throw new DomainError('NOT_FOUND', 'No such customer.');
    const had = await findIcalFeedRow(tx, input.customerId);
    await upsertIcalFeedRow(tx, { customerId: input.customerId, tokenHash: keyedHash(deps.secretKey, token), createdAt: now, createdByKind: input.actor.kind, createdById: input.actor.id });
    await recordAudit(tx, { at: now, actor: input.actor, action: had ? 'ical_feed.rotated' : 'ical_feed.created', objectType: 'customer', objectId: input.customerId });
  });
  return { url: `${deps.config.publicUrl}/ical/${token}.ics`, token, createdAt: now.toISOString() };
}

/** Revokes the feed: its URL answers 404 from now on. Audited. Throws FORBIDDEN, NOT_FOUND (no feed). */
export async function revokeIcalFeed(deps: { db: Db; clock: Clock }, input: { actor: Actor; customerId: string }): Promise<{ revoked: true }> {
  assertCanManageFeed(input.actor, input.customerId);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    if (!(await deleteIcalFeedRow(tx, input.customerId))) throw new DomainError('NOT_FOUND', 'The customer has no calendar feed.');
    await recordAudit(tx, { at: now, actor: input.actor, action: 'ical_feed.revoked', objectType: 'customer', objectId: input.customerId });
    return { revoked: true };
  });
}
