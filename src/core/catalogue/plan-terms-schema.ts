import { Type, type Static } from '@sinclair/typebox';
import { CHANNELS, FIRST_RESPONSE_RULES, OVERAGE_RULES, type Channel } from '../enums.js';
import { literalUnion } from '../literal-union.js';

/**
 * R-P1/R-T3: the JSON shape of a plan version's terms. Every number is data.
 * `indicative` marks a `> N d` target: shown and reported, never a breach.
 */
export const TargetSchema = Type.Union([
  Type.Object(
    { kind: Type.Literal('business_minutes'), minutes: Type.Integer({ minimum: 1, maximum: 525600 }), indicative: Type.Boolean() },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('business_days'), days: Type.Integer({ minimum: 1, maximum: 3660 }), indicative: Type.Boolean() },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('end_of_nth_working_day'), n: Type.Integer({ minimum: 1, maximum: 3660 }), indicative: Type.Boolean() },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal('estimate'), indicative: Type.Boolean() }, { additionalProperties: false }),
]);
export type Target = Static<typeof TargetSchema>;

/**
 * Targets of one severity. `minimumResolution` is Altanet's "minimum
 * resolution time" (002): the shortest time the customer should expect to
 * wait, NOT a deadline; shown to people, never measured as a breach.
 */
export const SeverityTargetsSchema = Type.Object(
  {
    response: Type.Optional(TargetSchema),
    resolution: Type.Optional(TargetSchema),
    minimumResolution: Type.Optional(TargetSchema),
  },
  { additionalProperties: false },
);
export type SeverityTargets = Static<typeof SeverityTargetsSchema>;

export { CHANNELS, type Channel };
export const ChannelSchema = literalUnion(CHANNELS);

const UpgradeLevel = Type.Union(['none', 'hotfix', 'minor', 'major'].map((l) => Type.Literal(l)), {
  description: 'Highest release kind whose upgrades are free (R-V5)',
});

/** R-V5 upgrade rights as data. */
export const EntitlementsSchema = Type.Object(
  {
    freeUpgrades: Type.Optional(
      Type.Object({ platform: Type.Optional(UpgradeLevel), modules: Type.Optional(UpgradeLevel) }, { additionalProperties: false }),
    ),
    majorUpgradeLicenceDiscountPercent: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    majorUpgradeMigration: Type.Optional(Type.Union([Type.Literal('estimate'), Type.Literal('included')])),
    featureQuotes: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type Entitlements = Static<typeof EntitlementsSchema>;

const Code = Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 });

/** '*' applies to every severity without its own entry (Altanet 002 has no severity grades). */
export const TargetsSchema = Type.Record(Type.String({ pattern: '^([a-z][a-z0-9_]*|\\*)$' }), SeverityTargetsSchema);

export const PlanTermsSchema = Type.Object(
  {
    calendarId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: 'Coverage calendar; null = no support hours' }),
    channels: Type.Array(ChannelSchema, { maxItems: 4, uniqueItems: true }),
    maxAuthorizedContacts: Type.Union([Type.Integer({ minimum: 0, maximum: 100000 }), Type.Null()], {
      description: 'R-C2 cap; null = no cap, 0 = nobody may report',
    }),
    ticketsPerYear: Type.Union([Type.Integer({ minimum: 0, maximum: 1000000 }), Type.Null()], { description: 'R-P5; null = unlimited' }),
    overageRule: literalUnion(OVERAGE_RULES),
    firstResponseRule: literalUnion(FIRST_RESPONSE_RULES),
    highPriority: Type.Boolean({ description: 'R-K9' }),
    warningPercents: Type.Array(Type.Integer({ minimum: 1, maximum: 99 }), { maxItems: 5 }),
    services: Type.Array(Code, { maxItems: 50, uniqueItems: true }),
    entitlements: EntitlementsSchema,
    freeCategories: Type.Array(Code, { maxItems: 20, uniqueItems: true }),
    targets: TargetsSchema,
    notes: Type.String({ maxLength: 4000 }),
    pendingReminderDays: Type.Integer({
      minimum: 1,
      maximum: 365,
      description: 'R-K5: calendar days a Pending ticket waits before the reminder to the customer',
    }),
    pendingCloseDays: Type.Integer({
      minimum: 1,
      maximum: 365,
      description: 'R-K5: calendar days after the reminder before a still-Pending ticket is closed for lack of information',
    }),
    pauseOnHold: Type.Boolean({ description: 'R-S2: On hold (waiting on a third party) pauses the resolution clock' }),
    defaultSeverity: Type.Union([Code, Type.Null()], {
      description: 'R-S1: the severity whose targets apply to a severity the plan does not list; null = none (no commitment)',
    }),
  },
  { additionalProperties: false },
);
export type PlanTerms = Static<typeof PlanTermsSchema>;
