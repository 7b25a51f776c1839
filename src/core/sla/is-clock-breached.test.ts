import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TICKET_STATUSES } from '../enums.js';
import { compileCalendar } from '../time/compile-calendar.js';
import { PRESET_CALENDARS, singleVersion } from '../time/testing/preset-calendars.js';
import { computeSlaClocks } from './compute-sla-clocks.js';
import { isClockBreachedAt } from './is-clock-breached.js';
import type { SlaEvent } from './sla-types.js';
import { PLAN_TARGETS } from './testing/plan-targets.js';

const range = { fromYear: 2026, toYear: 2027 };
const cal = Object.fromEntries(Object.entries(PRESET_CALENDARS).map(([k, s]) => [k, compileCalendar(singleVersion(s), range)]));
const PLANS = Object.keys(PLAN_TARGETS) as Array<keyof typeof PLAN_TARGETS>;
const JAN_2026 = Date.UTC(2026, 0, 5) / 1000;
const DAY = 86_400;

/**
 * Issue 15 item 4: the tickets table keeps each clock as evaluateClock left it
 * (state, due instant, indicative); the queue and its summaries then decide
 * "breached now" from those columns with isClockBreachedAt (and the SQL filter
 * that repeats it, rules-sql-vs-core.test.ts). With nothing new on the
 * timeline, that must be exactly what evaluating the clock again at that
 * instant says (R-S4, R-T5: breached from the due instant on, never indicative).
 */
describe('isClockBreachedAt on stored columns = evaluateClock at that instant (R-S4)', () => {
  const event = fc.oneof(
    fc.record({ type: fc.constant('status' as const), to: fc.constantFrom(...TICKET_STATUSES.filter((s) => s !== 'new')) }),
    fc.record({ type: fc.constant('first_response' as const) }),
    fc.record({ type: fc.constant('severity' as const), to: fc.constantFrom('blocker', 'critical', 'major', 'trivial') }),
  );
  const scenario = fc.record({
    plan: fc.constantFrom(...PLANS),
    severity: fc.constantFrom('blocker', 'critical', 'major', 'trivial'),
    registered: fc.integer({ min: 0, max: 300 * DAY }),
    events: fc.array(fc.record({ after: fc.integer({ min: 0, max: 5 * DAY }), e: event }), { maxLength: 4 }),
    stored: fc.integer({ min: 0, max: 6 * DAY }),
    // Later instants: any, or exactly the stored due instant, or a second before it.
    later: fc.oneof(fc.integer({ min: 0, max: 15 * DAY }).map((d) => ({ by: d })), fc.constantFrom({ due: 0 }, { due: -1 })),
  });

  it('for generated timelines on the preset plans', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const registeredAt = JAN_2026 + s.registered;
        const calendar = cal[s.plan.startsWith('altanet') ? 'altanet' : s.plan]!;
        const events = s.events.map((x) => ({ at: registeredAt + x.after, ...x.e }) as SlaEvent).sort((a, b) => a.at - b.at);
        const t0 = registeredAt + s.stored;
        const input = { registeredAt, severity: s.severity, targets: PLAN_TARGETS[s.plan], events: events.filter((e) => e.at <= t0), calendar, planVersion: 1, pauseOnHold: true };
        const then = computeSlaClocks({ ...input, now: t0 });
        for (const clock of ['response', 'resolution'] as const) {
          const c = then[clock];
          const t1 = 'by' in s.later ? t0 + s.later.by : c.dueAt === null ? t0 : Math.max(t0, c.dueAt + s.later.due);
          const now = computeSlaClocks({ ...input, now: t1 })[clock];
          expect({ clock, t0, t1, breached: isClockBreachedAt({ state: c.state, dueAt: c.dueAt, indicative: c.indicative }, t1) }).toEqual({
            clock, t0, t1, breached: now.state === 'breached',
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
