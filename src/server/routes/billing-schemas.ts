import { Type } from '@sinclair/typebox';
import { ACTIVITIES } from '../../core/billing/billing-units.js';
import { BILLING_CATEGORIES } from '../../core/billing/chargeability.js';
import { Obj } from '../schemas.js';

/** Shared billing route schemas (issue 7). Money is integer minor units; percentages are basis points. */
export const Cents = Type.Integer({ minimum: 0, maximum: 900_000_000_000_000, description: 'Minor units (cents), integer' });
export const Bp = Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'Basis points: 1800 = 18 %' });
export const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217' });
export const Activity = Type.Union(ACTIVITIES.map((a) => Type.Literal(a)), { description: 'R-B7 timesheet activity' });
export const Hours = Type.Number({ exclusiveMinimum: 0, maximum: 10_000, multipleOf: 0.25, description: 'Hours in quarters (1.25 = 1 h 15 min)' });
export const Note = Type.String({ maxLength: 2000 });
export const Year = Type.Integer({ minimum: 2000, maximum: 2200 });
export const Series = Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{0,19}$', description: 'Invoice series code, e.g. INV' });

/** R-P1: a contract's overrides of what its plan includes, per request category. */
export const CategoryOverridesBody = Type.Partial(
  Obj(Object.fromEntries(BILLING_CATEGORIES.map((c) => [c, Type.Union([Type.Literal('free'), Type.Literal('billable')])]))),
  { additionalProperties: false, description: "Per request category: 'free' or 'billable'; a category left out follows the plan" },
);

const Uuid = Type.String({ format: 'uuid' });
export const EstimateParams = Obj({ id: Uuid, estimateId: Uuid });
export const PhaseParams = Obj({ id: Uuid, estimateId: Uuid, phaseId: Uuid });
export const EntryParams = Obj({ id: Uuid, entryId: Uuid });
export const ChargeParams = Obj({ id: Uuid, chargeId: Uuid });

/** R-B4/R-B6 estimate body: totals, or phases whose sums are the totals. */
export const EstimateBody = Obj({
  hours: Type.Optional(Hours),
  priceCents: Type.Optional(Cents),
  phases: Type.Optional(Type.Array(Obj({ name: Type.String({ minLength: 1, maxLength: 200 }), hours: Hours, priceCents: Cents }), { minItems: 1, maxItems: 20 })),
  note: Type.Optional(Note),
});

/** Optional note on a customer's decision (closed: `{}` is a valid body). */
export const DecisionBody = Obj({ note: Type.Optional(Note) });
