import { Type, type Static } from '@sinclair/typebox';
import { CalendarSpecSchema, IsoDateSchema } from './calendar-schema.js';
import { ChannelSchema, EntitlementsSchema } from './plan-terms-schema.js';
import { FIRST_RESPONSE_RULES, OVERAGE_RULES } from '../enums.js';
import { literalUnion } from '../literal-union.js';

/**
 * The JSON shape of a preset catalogue in presets/*.json (RULES "Plan
 * presets"): severities, calendars and plans as data. Plans name their
 * calendar by code and write targets in the seeds' own notation ("8 horas",
 * "> 5 días", "Μετά από εκτίμηση"), parsed on import by parseTarget (R-T3).
 */
const Code = Type.String({ pattern: '^[a-z][a-z0-9_-]*$', maxLength: 64 });
const SeverityCode = Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 });
const Localized = Type.Object(
  { en: Type.String({ minLength: 1 }), es: Type.Optional(Type.String()), el: Type.Optional(Type.String()) },
  { additionalProperties: false },
);
const TargetText = Type.String({ minLength: 1, maxLength: 120 });

export const PresetSeveritySchema = Type.Object(
  { code: SeverityCode, rank: Type.Integer(), names: Localized, definitions: Type.Partial(Localized) },
  { additionalProperties: false },
);

export const PresetPlanSchema = Type.Object(
  {
    code: Code,
    name: Type.String({ minLength: 1 }),
    rank: Type.Integer(),
    calendar: Type.Union([Code, Type.Null()]),
    channels: Type.Array(ChannelSchema, { uniqueItems: true }),
    maxAuthorizedContacts: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    ticketsPerYear: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    overageRule: literalUnion(OVERAGE_RULES),
    firstResponseRule: literalUnion(FIRST_RESPONSE_RULES),
    highPriority: Type.Boolean(),
    warningPercents: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 99 }))),
    services: Type.Array(SeverityCode, { uniqueItems: true }),
    entitlements: EntitlementsSchema,
    freeCategories: Type.Array(SeverityCode, { uniqueItems: true }),
    targets: Type.Record(
      Type.String({ pattern: '^([a-z][a-z0-9_]*|\\*)$' }),
      Type.Object(
        { response: Type.Optional(TargetText), resolution: Type.Optional(TargetText), minimumResolution: Type.Optional(TargetText) },
        { additionalProperties: false },
      ),
    ),
    notes: Type.String(),
    // R-K5 and R-S2 plan terms; left out, the defaults apply (plan-terms-defaults.ts).
    pendingReminderDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
    pendingCloseDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
    pauseOnHold: Type.Optional(Type.Boolean()),
    defaultSeverity: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  },
  { additionalProperties: false },
);

const ColumnTable = Type.Object(
  { plans: Type.Array(Type.Union([Code, Type.Null()])), columns: Type.Array(Type.Array(TargetText)) },
  { additionalProperties: false },
);

/** Assigns a seed's unlabelled target columns to plans (seed 003), with the reasoning. */
export const ColumnMappingSchema = Type.Object(
  { note: Type.String({ minLength: 1 }), severities: Type.Array(SeverityCode), response: ColumnTable, resolution: ColumnTable },
  { additionalProperties: false },
);

export const PresetSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
    title: Type.String({ minLength: 1 }),
    description: Type.String({ minLength: 1 }),
    source: Type.String(),
    /** Version 1's effective date for the plans and calendars this preset creates. */
    effectiveFrom: IsoDateSchema,
    /** Assumptions and readings of the seed, shown with the preset. */
    notes: Type.Array(Type.String()),
    columnMapping: Type.Optional(ColumnMappingSchema),
    severities: Type.Array(PresetSeveritySchema),
    calendars: Type.Array(
      Type.Object({ code: Code, name: Type.String({ minLength: 1 }), spec: CalendarSpecSchema }, { additionalProperties: false }),
    ),
    plans: Type.Array(PresetPlanSchema),
  },
  { additionalProperties: false },
);

export type Preset = Static<typeof PresetSchema>;
export type PresetPlan = Static<typeof PresetPlanSchema>;
