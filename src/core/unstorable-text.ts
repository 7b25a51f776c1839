/** One place in an input where text cannot be stored as given. */
export interface TextProblem {
  path: string;
  problem: string;
}

// eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for
const NUL = /\u0000/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The first string (or object key) in `value` that PostgreSQL cannot store or
 * that would be changed silently: a NUL character (text columns refuse it) or
 * a lone UTF-16 surrogate (stored as U+FFFD). Walks arrays and plain objects;
 * `path` names the field as VALIDATION_FAILED details do (`body.subject`).
 * Returns null when everything can be stored exactly as sent.
 */
export function findUnstorableText(value: unknown, path: string): TextProblem | null {
  if (typeof value === 'string') return problemOf(value, path);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const p = findUnstorableText(v, `${path}.${i}`);
      if (p) return p;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const key = problemOf(k, `${path}.${sanitizeKey(k)}`);
      if (key) return key;
      const p = findUnstorableText(v, `${path}.${k}`);
      if (p) return p;
    }
  }
  return null;
}

function problemOf(s: string, path: string): TextProblem | null {
  if (NUL.test(s)) return { path, problem: 'contains a NUL character' };
  if (LONE_SURROGATE.test(s)) return { path, problem: 'contains a lone surrogate (not valid Unicode)' };
  return null;
}

// A bad key is named without its bad characters, so the error itself can be shown and stored.
function sanitizeKey(k: string): string {
  // eslint-disable-next-line no-control-regex -- see NUL
  return k.replace(/\u0000/g, '').replace(new RegExp(LONE_SURROGATE.source, 'g'), '');
}
