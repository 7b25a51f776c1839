import { Type, type Static } from '@sinclair/typebox';

/**
 * R-M1 notice rules of seed 000, as data:
 * - after: notice once the work is done (hotfix, plugin update);
 * - at_release: notice when the version is released (minor version update);
 * - calendar_days_before N: N calendar days before, in the vendor's zone (major update: 15);
 * - working_days_before N: N working days before, in the vendor's calendar with its holidays (API change: 15).
 */
export const NoticeRuleSchema = Type.Union([
  Type.Object({ kind: Type.Literal('after') }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('at_release') }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('calendar_days_before'), days: Type.Integer({ minimum: 1, maximum: 366 }) }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('working_days_before'), days: Type.Integer({ minimum: 1, maximum: 260 }) }, { additionalProperties: false }),
]);
export type NoticeRule = Static<typeof NoticeRuleSchema>;

/** Extra notices of a shutdown (R-M2): minutes before the start, e.g. [10080, 1440, 60] = 7 d, 1 d and 1 h ("just before"). */
export const ExtraNoticesSchema = Type.Array(Type.Integer({ minimum: 1, maximum: 525600 }), { maxItems: 10, uniqueItems: true });

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

/** One maintenance type (R-M1): the five of seed 000 ship as presets; vendors add their own. */
export const MaintenanceTypeDefinitionSchema = Type.Object(
  {
    code: Type.String({ pattern: '^[a-z][a-z0-9_-]*$', maxLength: 64 }),
    names: Type.Object({ en: Text(200), es: Type.Optional(Text(200)), el: Type.Optional(Text(200)) }, { additionalProperties: false }),
    noticeRule: NoticeRuleSchema,
    expectedDurationMinutes: Type.Integer({ minimum: 1, maximum: 43200 }),
    shutsDown: Type.Boolean(),
    extraNoticeMinutes: ExtraNoticesSchema,
  },
  { additionalProperties: false },
);
export type MaintenanceTypeDefinition = Static<typeof MaintenanceTypeDefinitionSchema>;

/** "15 working days before", "after the work", … for people (English; the UI translates by `kind`). */
export function describeNoticeRule(rule: NoticeRule): string {
  switch (rule.kind) {
    case 'after':
      return 'once the work is done';
    case 'at_release':
      return 'when the version is released';
    case 'calendar_days_before':
      return `${rule.days} calendar days before`;
    case 'working_days_before':
      return `${rule.days} working days before`;
  }
}
