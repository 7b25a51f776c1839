import { Type, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox';

/**
 * A `$ref` to a shared component (a schema with an `$id`, registered once by
 * plugins/response-contract.ts), typed as the component so the TypeBox type
 * provider still checks what the handler returns.
 */
export function ref<T extends TSchema>(component: T, description?: string): TUnsafe<Static<T>> {
  if (!component.$id) throw new Error('ref() needs a component schema with an $id');
  // @fastify/swagger lifts the description onto the OpenAPI response; validators ignore it beside $ref.
  return Type.Unsafe<Static<T>>({ $ref: `${component.$id}#`, ...(description ? { description } : {}) });
}
