import { Type, type Static, type TObject, type TProperties, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/**
 * Builders for environment variables, in TypeBox (the same library as the API
 * schemas; issue 15 item 8 dropped zod). Every value arrives as a string:
 * numbers are converted before checking, booleans stay their spelling and are
 * read with `isYes`. A schema may carry `message`, shown instead of TypeBox's
 * generic one.
 */
type Bounds = { minimum?: number; maximum?: number; message?: string };

export const envInt = (bounds: Bounds = {}) => Type.Integer(bounds);
export const envNumber = (bounds: Bounds = {}) => Type.Number(bounds);
export const envString = (opts: { minLength?: number; pattern?: string; message?: string } = {}) => Type.String(opts);

/** One of a fixed list of spellings. */
export const envEnum = <const T extends readonly string[]>(values: T) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { message: `must be one of ${values.join(', ')}` },
  ) as unknown as TSchema & { static: T[number] };

const YES = ['true', '1', 'yes'] as const;
export const envBool = () => envEnum([...YES, 'false', '0', 'no'] as const);
export const isYes = (v: string): boolean => (YES as readonly string[]).includes(v);

/** An absolute URL: `parseEnv` asks URL.canParse, as the code that uses it will parse it (`x-url`). */
export const envUrl = () => Type.String({ 'x-url': true, message: 'must be a URL' });
export const envEmail = () => Type.String({ pattern: '^[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+$', message: 'must be an email address' });

export const withDefault = <S extends TSchema>(schema: S, value: Static<S>) => ({ ...schema, default: value }) as S;

/**
 * Number-typed variables that read as a finite number become that number; anything else is left
 * for the check to reject. Not Value.Convert: it truncates "3000.5" to a valid integer 3000.
 */
function toNumbers(props: TProperties, env: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...env };
  for (const [name, s] of Object.entries(props)) {
    const v = env[name];
    if (v !== undefined && (s.type === 'integer' || s.type === 'number') && v.trim() !== '' && Number.isFinite(Number(v))) out[name] = Number(v);
  }
  return out;
}

/**
 * Converts, defaults and checks `env` against `props`; returns the values or
 * one problem per variable ("NAME: why"), every variable at once.
 */
export function parseEnv<P extends TProperties>(props: P, env: Record<string, string>): { ok: true; value: Static<TObject<P>> } | { ok: false; problems: string[] } {
  const schema = Type.Object(props);
  const value: unknown = Value.Default(schema, toNumbers(props, env));
  const problems = new Map<string, string>();
  for (const e of Value.Errors(schema, value)) {
    const name = e.path.replace(/^\//, '') || '(environment)';
    if (problems.has(name)) continue;
    problems.set(name, `${name}: ${(e.schema as { message?: string }).message ?? e.message}`);
  }
  for (const [name, s] of Object.entries(props)) {
    const v = (value as Record<string, unknown>)[name];
    if ((s as { 'x-url'?: boolean })['x-url'] && typeof v === 'string' && !problems.has(name) && !URL.canParse(v)) {
      problems.set(name, `${name}: must be a URL`);
    }
  }
  return problems.size ? { ok: false, problems: [...problems.values()] } : { ok: true, value: value as Static<TObject<P>> };
}
