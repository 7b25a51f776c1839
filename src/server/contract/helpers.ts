import { Type, type TSchema } from '@sinclair/typebox';
import { Obj } from '../schemas.js';

/** A value or null (JSON null, never an absent property). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** The paged envelope every list route answers (closed, like every view). */
export const PageOf = <T extends TSchema>(item: T) => Obj({ items: Type.Array(item), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() });

/** A shared component: its $id is its name in the OpenAPI document (components.schemas). */
export const component = <T extends TSchema>(id: string, schema: T): T => ({ ...schema, $id: id });

/** A file answer (download, feed, export): bytes of the given media types, described for OpenAPI. */
export const Download = (description: string, ...mediaTypes: string[]) => ({
  description,
  content: Object.fromEntries(mediaTypes.map((t) => [t, { schema: Type.String({ format: 'binary' }) }])),
});

/** 204: done, nothing to say. */
export const NoContent = Type.Unsafe<void>({ description: 'Done; no body.' });
