import { Type } from '@sinclair/typebox';
import { NoticeRuleSchema, ExtraNoticesSchema } from '../../../core/maintenance/notice-rule.js';
import { VersionSchemeSchema } from '../../../core/versions/version-scheme.js';
import { IsoDate, IsoInstant, Locale, Obj, Uuid } from '../../schemas.js';
import { ANNOUNCEMENT_KINDS, AUDIENCES, RELEASE_KINDS } from '../../../core/enums.js';
import { literalUnion } from '../../../core/literal-union.js';

/** TypeBox pieces of the products, releases, maintenance and announcement routes (issue 8). Every object is closed. */
export const ProductCode = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$', minLength: 1, maxLength: 64 });
export const Title = Type.String({ minLength: 1, maxLength: 300 });
export const VersionText = Type.String({ minLength: 1, maxLength: 60, description: "A version in the product's scheme, e.g. 4.12 or 5.1.2.10 (R-V2)" });
export const ReleaseKind = literalUnion(RELEASE_KINDS);
export const Audience = literalUnion(AUDIENCES, {
  description: "R-M3: every customer, the customers running productId (or one of its modules), or customerIds",
});
export const AnnouncementKind = literalUnion(ANNOUNCEMENT_KINDS);
export const LangQuery = { lang: Type.Optional(Locale) };
export const Lifetime = Type.Integer({ minimum: 1, maximum: 600, description: 'R-V5: major version lifetime in months (default 36)' });
export const WarningDays = Type.Array(Type.Integer({ minimum: 0, maximum: 3650 }), { maxItems: 10, uniqueItems: true, description: 'R-V5: end-of-life warnings, days before' });

/** Text per language; at least one language is required by the use cases. */
export const LocalizedTitles = Obj({ en: Type.Optional(Title), es: Type.Optional(Title), el: Type.Optional(Title) });
export const LocalizedLong = Obj({ en: Type.Optional(Type.String({ maxLength: 20000 })), es: Type.Optional(Type.String({ maxLength: 20000 })), el: Type.Optional(Type.String({ maxLength: 20000 })) });
/** Markdown per language (R-V4, R-M4), rendered and sanitised on the server. */
export const LocalizedMarkdown = Obj({
  en: Type.Optional(Type.String({ maxLength: 50000 })),
  es: Type.Optional(Type.String({ maxLength: 50000 })),
  el: Type.Optional(Type.String({ maxLength: 50000 })),
});

export const Override = Obj({ reason: Type.String({ minLength: 3, maxLength: 2000, description: 'R-M1: why the notice period is shortened (recorded and audited)' }) });

export { IsoDate, IsoInstant, NoticeRuleSchema, ExtraNoticesSchema, Uuid, VersionSchemeSchema };
export const CustomerProductParams = Obj({ id: Uuid, productId: Uuid });
export const CodeParams = Obj({ code: Type.String({ pattern: '^[a-z][a-z0-9_-]*$', maxLength: 64 }) });
export const NameParams = Obj({ name: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 }) });
