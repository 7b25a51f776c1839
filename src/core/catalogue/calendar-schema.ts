import { Type, type Static } from '@sinclair/typebox';

/**
 * R-T1: the JSON shape of a calendar version's spec, the core engine's
 * CalendarSpec (src/core/time/calendar.ts). The shape is checked here; the
 * meaning (zone exists, intervals ordered, dates real) in checkCalendarSpec.
 */
export const HhmmSchema = Type.String({ pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$', description: 'Local time HH:MM; 24:00 ends a day' });
// An array of exactly two rather than Type.Tuple: OpenAPI 3.0 has no tuples (items must be one schema),
// and the API document must validate (issue 15 item 7). Same check, same static type.
export const IntervalSchema = Type.Unsafe<[string, string]>(
  Type.Array(HhmmSchema, { minItems: 2, maxItems: 2, description: 'Half-open local interval [start, end)' }),
);
export const IsoDateSchema = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD' });

const day = Type.Array(IntervalSchema, { maxItems: 12 });

export const CustomDaySchema = Type.Object(
  {
    date: IsoDateSchema,
    kind: Type.Union([Type.Literal('closed'), Type.Literal('open')]),
    intervals: Type.Optional(Type.Array(IntervalSchema, { maxItems: 12 })),
    label: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const CalendarSpecSchema = Type.Object(
  {
    timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Europe/Madrid' }),
    weekly: Type.Object(
      { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
      { additionalProperties: false },
    ),
    holidayCountry: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
    holidayRegion: Type.Optional(
      Type.String({
        pattern: '^[A-Z0-9]{1,10}([-.][A-Z0-9]{1,10}){0,2}$',
        description: 'R-T1: a region of holidayCountry ("MD"), or COUNTRY-REGION[-SUBREGION] ("ES-MD", "DE-BY-A"); alone, a country code means its national holidays. Unknown codes are refused.',
      }),
    ),
    holidayTypes: Type.Optional(
      Type.Array(Type.Union(['public', 'bank', 'school', 'optional', 'observance'].map((t) => Type.Literal(t))), { maxItems: 5 }),
    ),
    customDays: Type.Optional(Type.Array(CustomDaySchema, { maxItems: 1000 })),
    holidays: Type.Optional(Type.Array(IsoDateSchema, { maxItems: 1000 })),
  },
  { additionalProperties: false },
);

export type CalendarSpecInput = Static<typeof CalendarSpecSchema>;
