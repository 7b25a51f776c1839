/** A case-insensitive "contains" pattern for ILIKE with %, _ and \ escaped. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Postgres error fields, whether thrown directly or wrapped by Drizzle (error.cause). */
function pgFields(e: unknown): { code?: string; constraint?: string } {
  let cur: unknown = e;
  for (let i = 0; i < 3 && cur; i++) {
    const f = cur as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof f.code === 'string' && /^[0-9A-Z]{5}$/.test(f.code)) {
      return { code: f.code, constraint: typeof f.constraint === 'string' ? f.constraint : undefined };
    }
    cur = f.cause;
  }
  return {};
}

/** The violated unique constraint's name (SQLSTATE 23505), '' when unnamed, null for other errors. */
export function uniqueViolation(e: unknown): string | null {
  const f = pgFields(e);
  return f.code === '23505' ? (f.constraint ?? '') : null;
}
