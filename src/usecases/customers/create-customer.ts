import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { isTimeZone } from '../../core/zones.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findCustomerRowByCode, insertCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { presentCustomer, type CustomerView } from '../../presenters/customers/present-customer.js';
import { withTx } from '../../storage/with-tx.js';

export interface CreateCustomerInput {
  actor: Actor;
  code: string;
  name: string;
  locale?: 'en' | 'es' | 'el';
  timeZone?: string;
  /** ISO 4217, default EUR. */
  currency?: string;
  notes?: string;
}

/** RULES §1: adds a customer. Throws FORBIDDEN, VALIDATION_FAILED (unknown zone), CONFLICT (code in use, case-insensitive). */
export async function createCustomer(deps: { db: Db; clock: Clock }, input: CreateCustomerInput): Promise<CustomerView> {
  assertCanEditCatalogue(input.actor);
  const timeZone = input.timeZone ?? 'UTC';
  if (!isTimeZone(timeZone)) throw new DomainError('VALIDATION_FAILED', `Unknown time zone ${timeZone}.`, [{ path: 'timeZone', problem: 'unknown IANA zone' }]);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    if (await findCustomerRowByCode(tx, input.code)) {
      throw new DomainError('CONFLICT', `A customer with code ${input.code} exists.`, [{ path: 'code', problem: 'already in use' }]);
    }
    const r = await insertCustomerRow(tx, {
      code: input.code.trim(),
      name: input.name.trim(),
      locale: input.locale ?? 'en',
      timeZone,
      currency: input.currency ?? 'EUR',
      notes: input.notes ?? '',
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'customer.created', objectType: 'customer', objectId: r.id, details: { code: r.code } });
    return presentCustomer(r);
  });
}
