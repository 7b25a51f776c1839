import { Type, type Static } from '@sinclair/typebox';
import { CalendarSpecSchema } from '../catalogue/calendar-schema.js';
import { VersionSchemeSchema } from '../versions/version-scheme.js';
import { MaintenanceTypeDefinitionSchema } from './notice-rule.js';

/**
 * presets/products/<name>.json (issue 8): version schemes (R-V2), the
 * vendor calendar that counts working days of notice, and maintenance types
 * (R-M1) as data. Kept apart from the plan presets in presets/*.json so the
 * plan preset schema stays unchanged.
 */
export const ProductsPresetSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
    title: Type.String({ minLength: 1 }),
    description: Type.String({ minLength: 1 }),
    source: Type.String(),
    notes: Type.Array(Type.String()),
    versionSchemes: Type.Array(VersionSchemeSchema),
    /** The vendor calendar for working-day notices; reused when its code exists. */
    calendar: Type.Optional(
      Type.Object({ code: Type.String({ pattern: '^[a-z][a-z0-9_-]*$', maxLength: 64 }), name: Type.String({ minLength: 1 }), spec: CalendarSpecSchema }, { additionalProperties: false }),
    ),
    maintenanceTypes: Type.Array(MaintenanceTypeDefinitionSchema),
  },
  { additionalProperties: false },
);
export type ProductsPreset = Static<typeof ProductsPresetSchema>;
