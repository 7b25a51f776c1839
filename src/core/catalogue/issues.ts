/**
 * One problem found in an input: a dotted field path relative to the input
 * ('spec.weekly.mon.0') and what is wrong. Same { path, problem } shape as the
 * server's VALIDATION_FAILED details.
 */
export interface Issue {
  path: string;
  problem: string;
}

/** Joins path segments with dots ('weekly', 'mon', 0 → 'weekly.mon.0'). */
export function pathOf(...segments: (string | number)[]): string {
  return segments.map(String).join('.');
}

/** Prefixes every issue's path ('spec' + 'weekly.mon' → 'spec.weekly.mon'). */
export function under(prefix: string, issues: Issue[]): Issue[] {
  return issues.map((i) => ({ path: i.path ? `${prefix}.${i.path}` : prefix, problem: i.problem }));
}
