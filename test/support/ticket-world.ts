import type { Actor } from '../../src/core/actor.js';
import type { Clock } from '../../src/core/clock.js';
import type { PlanTerms } from '../../src/core/catalogue/plan-terms-schema.js';
import type { CalendarSpec } from '../../src/core/time/index.js';
import type { Db } from '../../src/storage/db.js';
import { createCalendar } from '../../src/usecases/calendars/create-calendar.js';
import { createContact } from '../../src/usecases/contacts/create-contact.js';
import { createContract } from '../../src/usecases/contracts/create-contract.js';
import { createCustomer } from '../../src/usecases/customers/create-customer.js';
import { createPlan } from '../../src/usecases/plans/create-plan.js';
import { createSeverity } from '../../src/usecases/severities/create-severity.js';

/** A manager acting in fixtures (the use cases check the role, not the row). */
export const FIXTURE_MANAGER: Actor = {
  kind: 'user', id: '00000000-0000-4000-8000-00000000000a', role: 'manager', name: 'Fixture', email: 'fixture@vendor.test', locale: 'en', timeZone: 'UTC',
};

const weekdays = (intervals: Array<[string, string]>) => ({ mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals, sat: [], sun: [] });

export const MADRID_9_18: CalendarSpec = { timeZone: 'Europe/Madrid', weekly: weekdays([['09:00', '18:00']]), holidayCountry: 'ES' };

/** Athento Company (001): 4 h / 8 h / 2 d / > 3 d response; 7 h / 2 d / 5 d / < 15 d resolution. */
export const COMPANY_TARGETS: PlanTerms['targets'] = {
  blocker: { response: { kind: 'business_minutes', minutes: 240, indicative: false }, resolution: { kind: 'business_minutes', minutes: 420, indicative: false } },
  critical: { response: { kind: 'business_minutes', minutes: 480, indicative: false }, resolution: { kind: 'business_days', days: 2, indicative: false } },
  major: { response: { kind: 'business_days', days: 2, indicative: false }, resolution: { kind: 'business_days', days: 5, indicative: false } },
  trivial: { response: { kind: 'business_days', days: 3, indicative: true }, resolution: { kind: 'business_days', days: 15, indicative: false } },
};

let seq = 0;

export interface TicketWorld {
  severities: string[];
  calendarId: string;
  planId: string;
  customerId: string;
  contractId: string;
  admin: { id: string; email: string };
  authorized: { id: string; email: string };
  unauthorized: { id: string; email: string };
}

/** Severities (once per database), a Madrid calendar, a plan, a customer with a contract and three contacts. */
export async function createTicketWorld(
  deps: { db: Db; clock: Clock },
  opts: { terms?: Partial<PlanTerms>; startDate?: string; goLiveDate?: string | null; calendar?: CalendarSpec; withSeverities?: boolean } = {},
): Promise<TicketWorld> {
  const n = ++seq;
  const actor = FIXTURE_MANAGER;
  const severities = ['blocker', 'critical', 'major', 'trivial'];
  if (opts.withSeverities ?? true) {
    for (const [i, code] of severities.entries()) {
      await createSeverity(deps, { actor, code, rank: i + 1, names: { en: code, es: code, el: code } }).catch(() => undefined);
    }
  }
  const { calendar: cal } = await createCalendar(deps, { actor, code: `cal${n}`, name: `Calendar ${n}`, spec: opts.calendar ?? MADRID_9_18, effectiveFrom: '2020-01-01' });
  const { plan } = await createPlan(deps, {
    actor,
    code: `plan${n}`,
    name: `Company ${n}`,
    effectiveFrom: '2020-01-01',
    terms: {
      calendarId: cal.id,
      channels: ['email', 'portal', 'phone', 'api'],
      maxAuthorizedContacts: 7,
      ticketsPerYear: 125,
      overageRule: 'hold',
      firstResponseRule: 'reply',
      highPriority: false,
      warningPercents: [75, 90],
      targets: COMPANY_TARGETS,
      ...opts.terms,
    },
  });
  const customer = await createCustomer(deps, { actor, code: `cust${n}`, name: `Customer ${n}`, timeZone: 'Europe/Madrid', locale: 'es' });
  const contract = await createContract(deps, {
    actor,
    customerId: customer.id,
    planId: plan.id,
    startDate: opts.startDate ?? '2026-01-01',
    goLiveDate: opts.goLiveDate ?? null,
  });
  const mk = async (authorized: boolean, administrator: boolean, tag: string) => {
    const c = await createContact(deps, {
      actor,
      customerId: customer.id,
      email: `${tag}${n}@customer${n}.test`,
      name: `${tag} ${n}`,
      isAuthorized: authorized,
      isAdministrator: administrator,
      password: 'correct horse battery staple',
    } as Parameters<typeof createContact>[1]);
    return { id: c.id, email: c.email };
  };
  return {
    severities,
    calendarId: cal.id,
    planId: plan.id,
    customerId: customer.id,
    contractId: contract.id,
    admin: await mk(true, true, 'admin'),
    authorized: await mk(true, false, 'agent'),
    unauthorized: await mk(false, false, 'guest'),
  };
}
