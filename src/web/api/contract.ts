// Types of the API contract for the web, from the generated schema.d.ts (issue 15 item 7).
import type { FetchOptions } from 'openapi-fetch';
import type { FilterKeys, HttpMethod, PathsWithMethod, RequiredKeysOf, SuccessResponseJSON } from 'openapi-typescript-helpers';
import type { paths } from './schema';

/** The contract's paths without the /api/v1 prefix, which the client adds (its baseUrl). */
export type ApiPaths = { [K in keyof paths as K extends `/api/v1${infer Rest}` ? Rest : never]: paths[K] };

export type Method = Extract<HttpMethod, 'get' | 'post' | 'put' | 'patch' | 'delete'>;
export type PathFor<M extends Method> = PathsWithMethod<ApiPaths, M>;
type Operation<P, M extends Method> = P extends keyof ApiPaths ? FilterKeys<ApiPaths[P], M> : never;

// The client leaves out null query values (client.ts), so a filter that is not set may be null.
type NullableValues<Q> = { [K in keyof Q]: Q[K] | null };
type WithNullableQuery<O> = O extends { parameters: { query?: infer Q } }
  ? Omit<O, 'parameters'> & {
      parameters: Omit<O['parameters'], 'query'> &
        (undefined extends O['parameters']['query'] ? { query?: NullableValues<NonNullable<Q>> } : { query: NullableValues<Q> });
    }
  : O;

/** Path parameters, query, body and fetch options (signal) of an operation. */
export type InitFor<P, M extends Method> = FetchOptions<WithNullableQuery<Operation<P, M>>>;

/**
 * What a 2xx answers when the route does not describe its response yet. It converts to
 * nothing, so a call site must say which view it expects (`view<T>()`, below).
 */
export interface Undescribed {
  readonly __undescribed: unique symbol;
}

type Described<P, M extends Method> = Operation<P, M> extends Record<string | number, unknown> ? SuccessResponseJSON<Operation<P, M>> : never;
type Responses<P, M extends Method> = Operation<P, M> extends { responses: infer R } ? R : never;

/**
 * The 2xx body of an operation: void for a declared 204, Undescribed when the route declares no
 * 2xx content (fastify-swagger's "Default Response").
 */
export type DataFor<P, M extends Method> = 204 extends keyof Responses<P, M>
  ? void
  : [Exclude<Described<P, M>, undefined>] extends [never]
    ? Undescribed
    : unknown extends Described<P, M>
      ? Undescribed
      : Described<P, M>;

/**
 * The view type (src/views) a call site reads the answer as. A phantom: nothing at run time. While
 * the contract does not describe the response, the view is taken on trust; once it does, the marker
 * only compiles if the contract's response is assignable to the view, so the web's view types are
 * checked against the contract (a field the server stops sending, or sends with another type, fails
 * the typecheck here). Calls without a marker read the contract's generated type.
 */
export interface ViewMarker<T> {
  readonly __view?: T;
}

export function view<T>(): ViewMarker<T> {
  return {};
}

/** The result type: the contract's when described, the marked view otherwise. */
export type Result<P, M extends Method, T> = DataFor<P, M> extends Undescribed ? T : [T] extends [never] ? DataFor<P, M> : T;

/** A marker is allowed while the response is undescribed, or when the described response fits the view. */
export type MarkerFor<P, M extends Method, T> = DataFor<P, M> extends Undescribed ? ViewMarker<T> : [DataFor<P, M>] extends [T] ? ViewMarker<T> : never;

/** `init` may be left out when the operation needs no path parameters, query or body. */
export type Args<P, M extends Method, T> =
  RequiredKeysOf<InitFor<P, M>> extends never
    ? [init?: InitFor<P, M>, marker?: MarkerFor<P, M, T>]
    : [init: InitFor<P, M>, marker?: MarkerFor<P, M, T>];

/** An operation's JSON request body, for call sites that build it from looser draft types. */
export type BodyFor<P, M extends Method> = InitFor<P, M> extends { body?: infer B } ? NonNullable<B> : never;

/** An operation's query parameters (for a filter held as a plain string in the UI). */
export type QueryFor<P, M extends Method> = Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
