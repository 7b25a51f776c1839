import { SYSTEM_ACTOR } from '../../src/core/actor.js';
import type { Db } from '../../src/storage/db.js';
import { contacts, customers } from '../../src/storage/schema/index.js';
import { hashPassword } from '../../src/usecases/auth/passwords.js';
import { TEST_PASSWORD } from './app.js';

let seq = 0;
let cachedHash: Promise<string> | null = null;

/** A customer row with a unique code (raw insert: fixtures must not depend on the use cases under test). */
export async function insertCustomer(db: Db, name = 'Customer'): Promise<{ id: string; code: string }> {
  const code = `C${++seq}${Date.now().toString(36)}`;
  const [c] = await db.insert(customers).values({ code, name: `${name} ${seq}` }).returning();
  return { id: c!.id, code };
}

/** A contact with TEST_PASSWORD, authorized unless told otherwise. */
export async function insertContact(
  db: Db,
  customerId: string,
  opts: { authorized?: boolean; administrator?: boolean; email?: string } = {},
): Promise<{ id: string; email: string }> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = opts.email ?? `contact-${++seq}-${Date.now()}@customer.test`;
  const [c] = await db
    .insert(contacts)
    .values({
      customerId,
      email,
      name: `Contact ${seq}`,
      isAuthorized: opts.authorized ?? true,
      isAdministrator: opts.administrator ?? false,
      passwordHash: await cachedHash,
    })
    .returning();
  return { id: c!.id, email };
}

export { SYSTEM_ACTOR };
