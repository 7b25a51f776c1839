import { Type } from '@sinclair/typebox';
import { CalendarSpecSchema } from '../../../core/catalogue/calendar-schema.js';
import { PlanTermsSchema } from '../../../core/catalogue/plan-terms-schema.js';
import { Email, IsoDate, Locale, Obj, Uuid } from '../../schemas.js';

/** TypeBox pieces shared by the catalogue, customer and portal routes. Every object is closed. */
export const Code = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$', minLength: 1, maxLength: 64 });
export const Name = Type.String({ minLength: 1, maxLength: 200 });
export const Zone = Type.String({ minLength: 1, maxLength: 64 });
export const Currency = Type.String({ pattern: '^[A-Z]{3}$' });
export const Archived = { archived: Type.Optional(Type.Boolean()) };

export { CalendarSpecSchema };
/** Plan terms where every field may be left out (copied from the latest version, R-P2). */
export const PartialTerms = Type.Partial(PlanTermsSchema, { additionalProperties: false });

export const VersionParams = Obj({ id: Uuid, version: Type.Integer({ minimum: 1 }) });
export const ContactParams = Obj({ id: Uuid, contactId: Uuid });
export const DateQuery = Obj({ date: IsoDate });

/** Contact fields; isAdministrator and password are staff-only (the use case refuses them from contacts). */
export const contactFields = {
  phone: Type.Optional(Type.String({ maxLength: 50 })),
  locale: Type.Optional(Locale),
  timeZone: Type.Optional(Zone),
  isAuthorized: Type.Optional(Type.Boolean()),
};
export const staffContactFields = {
  ...contactFields,
  isAdministrator: Type.Optional(Type.Boolean()),
  password: Type.Optional(Type.String({ maxLength: 256 })),
};
export const ContactCreateBody = (fields: typeof contactFields) => Obj({ email: Email, name: Name, ...fields });
export const ContactPatchBody = (fields: typeof contactFields) => Obj({ email: Type.Optional(Email), name: Type.Optional(Name), ...fields });
