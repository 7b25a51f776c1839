import { SYSTEM_ACTOR } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { findContactRowByEmail } from '../../storage/contacts.queries.js';
import { findCustomerRowByCode } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { findPlanRowByCode } from '../../storage/plans.queries.js';
import { createContact } from '../contacts/create-contact.js';
import { createContract } from '../contracts/create-contract.js';
import { createCustomer } from '../customers/create-customer.js';
import { importPreset, type ImportPresetResult } from '../presets/import-preset.js';
import { DEMO_CONTACT_PASSWORD, DEMO_CUSTOMERS } from './demo-data.js';

export const DEMO_PRESETS = ['athento-es', 'athento-en', 'altanet'] as const;

export interface DemoResult {
  presets: ImportPresetResult[];
  customers: { code: string; created: boolean }[];
  /** Portal accounts to print: email and password of each demo contact that can sign in. */
  portalAccounts: { email: string; password: string; customer: string }[];
}

/**
 * Loads the demo (issue 2): imports the three presets, then two customers
 * with a contract from 1 January of the clock's year and their contacts (one
 * administrator each). Idempotent: presets re-import as no-ops, an existing
 * customer (by code) or contact (by email) is left as it is.
 */
export async function loadDemo(deps: { db: Db; clock: Clock }): Promise<DemoResult> {
  const actor = SYSTEM_ACTOR;
  const presets: ImportPresetResult[] = [];
  for (const name of DEMO_PRESETS) presets.push(await importPreset(deps, { name, actor }));
  const startDate = `${deps.clock.now().getUTCFullYear()}-01-01`;
  const customers: DemoResult['customers'] = [];
  for (const d of DEMO_CUSTOMERS) {
    let customer = await findCustomerRowByCode(deps.db, d.customer.code);
    customers.push({ code: d.customer.code, created: !customer });
    if (!customer) {
      const plan = await findPlanRowByCode(deps.db, d.planCode);
      const created = await createCustomer(deps, { actor, ...d.customer });
      await createContract(deps, { actor, customerId: created.id, planId: plan!.id, startDate, ...d.contract });
      customer = (await findCustomerRowByCode(deps.db, d.customer.code))!;
    }
    for (const c of d.contacts) {
      if (!(await findContactRowByEmail(deps.db, c.email))) await createContact(deps, { actor, customerId: customer.id, ...c });
    }
  }
  const portalAccounts = DEMO_CUSTOMERS.flatMap((d) =>
    d.contacts.filter((c) => c.password).map((c) => ({ email: c.email, password: DEMO_CONTACT_PASSWORD, customer: d.customer.name })),
  );
  return { presets, customers, portalAccounts };
}
