import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STORAGE = join(import.meta.dirname, '../src/storage');
const queryFiles = () => readdirSync(STORAGE).filter((f) => f.endsWith('.queries.ts'));

/** The parameter lists of a file's exported functions, one string each. */
function exportedSignatures(text: string): Array<{ name: string; params: string }> {
  const out: Array<{ name: string; params: string }> = [];
  for (const m of text.matchAll(/export (?:async )?function (\w+)\s*\(/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; depth > 0 && i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
    }
    out.push({ name: m[1]!, params: text.slice(start, i - 1) });
  }
  return out;
}

/**
 * Issue 15 item 5: "unscoped" is spelled Scope.system, never null. A storage
 * query whose tenant filter is optional (`customerId: string | null`, `null`
 * meaning "every customer") is the pattern Scope replaced: forgetting the
 * scope looked the same as choosing not to. The Scope type itself refuses null
 * at compile time (src/core/scope.test.ts); this keeps the old shape from
 * coming back in a new query.
 */
describe('tenant scope is never null', () => {
  it('no storage query takes a nullable customer id as its scope', () => {
    const found: string[] = [];
    for (const f of queryFiles()) {
      for (const s of exportedSignatures(readFileSync(join(STORAGE, f), 'utf8'))) {
        if (/\bcustomerId\??:\s*string\s*\|\s*null/.test(s.params)) found.push(`${f} ${s.name}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('finds the signatures it checks (the scan is not empty), and recognises the old shape', () => {
    const scoped = queryFiles().flatMap((f) => exportedSignatures(readFileSync(join(STORAGE, f), 'utf8')).filter((s) => /\bscope: Scope\b/.test(s.params)));
    expect(scoped.length).toBeGreaterThanOrEqual(10);
    const old = exportedSignatures('export async function findTicketRow(db: Db, customerId: string | null, id: string) {}');
    expect(/\bcustomerId\??:\s*string\s*\|\s*null/.test(old[0]!.params)).toBe(true);
  });
});
