import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { isTimeZone } from '../../core/zones.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findCustomerRow, findCustomerRowByCode, updateCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { presentCustomer, type CustomerView } from '../../presenters/customers/present-customer.js';
import { withTx } from '../../storage/with-tx.js';

export type CustomerPatch = Partial<{ code: string; name: string; locale: 'en' | 'es' | 'el'; timeZone: string; currency: string; notes: string }>;

/** Changes a customer. Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (zone), CONFLICT (code in use). */
export async function updateCustomer(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; id: string } & CustomerPatch,
): Promise<CustomerView> {
  assertCanEditCatalogue(input.actor);
  if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
    throw new DomainError('VALIDATION_FAILED', `Unknown time zone ${input.timeZone}.`, [{ path: 'timeZone', problem: 'unknown IANA zone' }]);
  }
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cur = await findCustomerRow(tx, input.id, { lock: true });
    if (!cur) throw new DomainError('NOT_FOUND', 'No such customer.');
    if (input.code !== undefined && input.code.toLowerCase() !== cur.code.toLowerCase() && (await findCustomerRowByCode(tx, input.code))) {
      throw new DomainError('CONFLICT', `A customer with code ${input.code} exists.`, [{ path: 'code', problem: 'already in use' }]);
    }
    const { actor: _a, id: _i, ...patch } = input;
    const r = await updateCustomerRow(tx, cur.id, { ...patch, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'customer.updated', objectType: 'customer', objectId: cur.id, details: { fields: Object.keys(patch) } });
    return presentCustomer(r!);
  });
}
