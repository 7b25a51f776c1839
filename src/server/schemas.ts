import { Type, type TSchema } from '@sinclair/typebox';
import { LOCALES } from '../core/enums.js';
import { literalUnion } from '../core/literal-union.js';

/** Shared TypeBox pieces. Every object is closed: unknown properties are a 400. */
export const Obj = <T extends Record<string, TSchema>>(props: T) => Type.Object(props, { additionalProperties: false });

export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Obj({ id: Uuid });
export const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
export const IsoInstant = Type.String({ format: 'date-time' });
export const Locale = literalUnion(LOCALES);
export const Email = Type.String({ format: 'email', maxLength: 254 });

/**
 * A page offset. The maximum is PostgreSQL's int4 range: without it an offset
 * of 1e20 passed the schema and overflowed OFFSET's bigint (a 500, issue 13 item 8).
 */
export const Offset = Type.Integer({ minimum: 0, maximum: 2_147_483_647 });

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  offset: Type.Optional(Offset),
  sort: Type.Optional(Type.String({ maxLength: 40 })),
  q: Type.Optional(Type.String({ maxLength: 200 })),
};

/** Paged response envelope. */
export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() });

export const ErrorResponse = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Any() }),
});
