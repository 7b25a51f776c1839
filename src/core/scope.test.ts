import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { SYSTEM_ACTOR } from './actor.js';
import { isCustomerView, Scope } from './scope.js';

const contact: Actor = { kind: 'contact', id: 'c1', customerId: 'A', isAuthorized: true, isAdministrator: false, name: 'C', email: 'c@a.test', locale: 'en', timeZone: 'UTC' };
const agent: Actor = { kind: 'user', id: 'u1', role: 'agent', name: 'U', email: 'u@v.test', locale: 'en', timeZone: 'UTC' };
const code = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('Scope (issue 15 item 5)', () => {
  it('gives a contact its own customer, staff and the system every customer', () => {
    expect(Scope.of(contact)).toMatchObject({ kind: 'contact', customerId: 'A', contactId: 'c1' });
    expect(Scope.of(agent)).toMatchObject({ kind: 'staff', customerId: null, role: 'agent', userId: 'u1' });
    expect(Scope.of(SYSTEM_ACTOR)).toBe(Scope.system);
    expect(Scope.system).toMatchObject({ kind: 'system', customerId: null });
    expect(isCustomerView(Scope.of(contact))).toBe(true);
    expect(isCustomerView(Scope.of(agent))).toBe(false);
  });

  it('narrows staff and system to one customer, and refuses a contact another customer as NOT_FOUND', () => {
    expect(Scope.within(Scope.of(agent), 'B')).toMatchObject({ kind: 'staff', customerId: 'B' });
    expect(Scope.within(Scope.system, 'B')).toMatchObject({ kind: 'system', customerId: 'B' });
    expect(Scope.within(Scope.of(contact), 'A')).toEqual(Scope.of(contact));
    expect(code(() => Scope.within(Scope.of(contact), 'B'))).toBe('NOT_FOUND');
    // A narrowed scope cannot be widened to another customer either.
    expect(code(() => Scope.within(Scope.within(Scope.of(agent), 'B'), 'A'))).toBe('NOT_FOUND');
    expect(Scope.customerOf({ customerId: 'B' })).toMatchObject({ customerId: 'B' });
  });

  it('is not an object literal and never null, so a query cannot be called without one', () => {
    // @ts-expect-error: a plain object is not a Scope (the type is branded; only the constructors make one)
    const literal: Scope = { kind: 'system', customerId: null };
    // @ts-expect-error: "unscoped" is Scope.system, never null
    const none: Scope = null;
    expect([literal, none]).toHaveLength(2);
  });
});
