import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/actor.js';
import { verifyPassword } from '../auth/passwords.js';
import { findContactRowByEmail } from '../../storage/contacts.queries.js';
import { findCustomerRowByCode } from '../../storage/customers.queries.js';
import { ENGINES, createTestStorage, type TestStorage } from '../../../test/support/engines.js';
import { listContacts } from '../contacts/list-contacts.js';
import { listContractSummaries } from '../contracts/list-contract-summaries.js';
import { loadDemo } from './load-demo.js';

describe.each(ENGINES)('demo data on %s', (engine) => {
  let t: TestStorage;
  const clock = manualClock('2026-11-21T10:00:00Z');
  const deps = () => ({ db: t.storage.db, clock });
  beforeAll(async () => {
    t = await createTestStorage(engine);
  });
  afterAll(() => t.dispose());

  it('loads presets, two customers with contracts and contacts, and is idempotent', async () => {
    const first = await loadDemo(deps());
    expect(first.customers.every((c) => c.created)).toBe(true);
    const again = await loadDemo(deps());
    expect(again.customers.some((c) => c.created)).toBe(false);
    expect(again.presets.every((p) => p.counts.created === 0 && p.counts.new_version === 0)).toBe(true);

    const es = await findCustomerRowByCode(t.storage.db, 'ibericos');
    const contacts = await listContacts(deps(), { actor: SYSTEM_ACTOR, customerId: es!.id });
    expect(contacts.total).toBe(4);
    expect(contacts.items.filter((c) => c.isAdministrator)).toHaveLength(1);
    expect(contacts.items.filter((c) => c.isAuthorized)).toHaveLength(3);
    const [contract] = await listContractSummaries(deps(), { actor: SYSTEM_ACTOR, customerId: es!.id });
    expect(contract?.plan.code).toBe('athento-es-company');
    expect(contract?.planVersion?.terms.maxAuthorizedContacts).toBe(7);

    const gr = await findCustomerRowByCode(t.storage.db, 'kykladika');
    const [grContract] = await listContractSummaries(deps(), { actor: SYSTEM_ACTOR, customerId: gr!.id });
    expect([grContract?.plan.code, grContract?.yearlyPriceCents, grContract?.startDate]).toEqual(['altanet-premium', 600_000, '2026-01-01']);

    const account = first.portalAccounts[0]!;
    const row = await findContactRowByEmail(t.storage.db, account.email);
    expect(await verifyPassword(row!.passwordHash, account.password)).toBe(true);
  });
});
