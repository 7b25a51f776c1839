import { randomUUID } from 'node:crypto';
import type { Actor } from '../../src/core/actor.js';
import type { PlanTerms } from '../../src/core/catalogue/plan-terms-schema.js';
import type { Clock } from '../../src/core/clock.js';
import type { CalendarSpec } from '../../src/core/time/calendar.js';
import type { Db } from '../../src/storage/db.js';
import { createCalendar } from '../../src/usecases/calendars/create-calendar.js';
import { createContract } from '../../src/usecases/contracts/create-contract.js';
import { createCustomer } from '../../src/usecases/customers/create-customer.js';
import { createPlan } from '../../src/usecases/plans/create-plan.js';
import { createSeverity } from '../../src/usecases/severities/create-severity.js';

/** Factories for catalogue and customer tests: unique codes, sensible defaults. */
export function staff(role: 'admin' | 'manager' | 'agent' = 'admin'): Actor {
  return { kind: 'user', id: randomUUID(), role, name: `Test ${role}`, email: `${role}@vendor.test`, locale: 'en', timeZone: 'UTC' };
}

export const WEEKDAYS_9_17: CalendarSpec = {
  timeZone: 'Europe/Madrid',
  weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']], sat: [], sun: [] },
  holidayCountry: 'ES',
};

let n = 0;
export const uniq = (p: string) => `${p}-${process.pid}-${++n}`;

export async function makeCalendar(deps: { db: Db; clock: Clock }, spec: CalendarSpec = WEEKDAYS_9_17) {
  return (await createCalendar(deps, { actor: staff(), code: uniq('cal'), name: 'Test calendar', spec, effectiveFrom: '2020-01-01' })).calendar;
}

export async function ensureSeverity(deps: { db: Db; clock: Clock }, code = 'blocker') {
  try {
    await createSeverity(deps, { actor: staff(), code, rank: 10, names: { en: code } });
  } catch {
    /* already there */
  }
}

export async function makePlan(deps: { db: Db; clock: Clock }, terms: Partial<PlanTerms> = {}) {
  const cal = await makeCalendar(deps);
  const r = await createPlan(deps, {
    actor: staff(),
    code: uniq('plan'),
    name: 'Test plan',
    effectiveFrom: '2020-01-01',
    terms: { calendarId: cal.id, channels: ['email', 'portal'], maxAuthorizedContacts: 2, ...terms },
  });
  return r.plan;
}

export async function makeCustomer(deps: { db: Db; clock: Clock }) {
  return createCustomer(deps, { actor: staff(), code: uniq('cust'), name: 'Test customer', timeZone: 'Europe/Madrid' });
}

/** A customer with a current contract on a plan capping authorized contacts at `cap`. */
export async function makeCustomerOnPlan(deps: { db: Db; clock: Clock }, cap: number | null) {
  const plan = await makePlan(deps, { maxAuthorizedContacts: cap });
  const customer = await makeCustomer(deps);
  const contract = await createContract(deps, { actor: staff(), customerId: customer.id, planId: plan.id, startDate: '2020-01-01' });
  return { plan, customer, contract };
}
