import { Type, type Static } from '@sinclair/typebox';
import { DomainError } from '../errors.js';

/**
 * R-V2: a version scheme is data. Each dot-separated part says what it
 * counts: its `scope` (the platform, a module, or `self` = whatever the
 * product is) and its `level` (a change in it is a major, minor or hotfix
 * upgrade for R-V5). Athento: major.minor; Altanet (002):
 * platform-major.platform-minor.module-version.module-upgrade (5.1.2.10).
 */
export const VERSION_LEVELS = ['major', 'minor', 'hotfix'] as const;
export type VersionLevel = (typeof VERSION_LEVELS)[number];

export const VersionPartSchema = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 40, description: 'e.g. platform_major' }),
    label: Type.String({ minLength: 1, maxLength: 80 }),
    scope: Type.Union([Type.Literal('platform'), Type.Literal('module'), Type.Literal('self')]),
    level: Type.Union(VERSION_LEVELS.map((l) => Type.Literal(l))),
  },
  { additionalProperties: false },
);

export const VersionSchemeSchema = Type.Object(
  {
    code: Type.String({ pattern: '^[a-z][a-z0-9_-]*$', maxLength: 64 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    parts: Type.Array(VersionPartSchema, { minItems: 1, maxItems: 6 }),
    example: Type.String({ minLength: 1, maxLength: 60 }),
  },
  { additionalProperties: false },
);

export type VersionPart = Static<typeof VersionPartSchema>;
export type VersionScheme = Static<typeof VersionSchemeSchema>;

const RANK: Record<VersionLevel, number> = { major: 3, minor: 2, hotfix: 1 };

/** Rank of a level: major 3 > minor 2 > hotfix 1. */
export function levelRank(level: VersionLevel): number {
  return RANK[level];
}

/** The shape people type, e.g. "platform-major.platform-minor.module-version.module-upgrade". */
export function expectedShape(scheme: VersionScheme): string {
  return scheme.parts.map((p) => p.key.replace(/_/g, '-')).join('.');
}

/**
 * Checks a scheme's own consistency: unique part keys, levels never rising
 * from left to right (a major part cannot follow a minor one), the first
 * part a major one, and an example that parses. Throws INVALID_VERSION_SCHEME
 * with `details.problems` (path + problem).
 */
export function assertVersionScheme(scheme: VersionScheme): void {
  const problems: { path: string; problem: string }[] = [];
  const keys = new Set<string>();
  scheme.parts.forEach((p, i) => {
    if (keys.has(p.key)) problems.push({ path: `parts.${i}.key`, problem: 'duplicate part key' });
    keys.add(p.key);
    const prev = scheme.parts[i - 1];
    if (prev && levelRank(p.level) > levelRank(prev.level)) problems.push({ path: `parts.${i}.level`, problem: `a ${p.level} part cannot follow a ${prev.level} part` });
  });
  if (scheme.parts[0] && scheme.parts[0].level !== 'major') problems.push({ path: 'parts.0.level', problem: 'the first part must be a major part' });
  const pieces = scheme.example.split('.');
  if (pieces.length !== scheme.parts.length || !pieces.every((x) => /^(0|[1-9][0-9]{0,8})$/.test(x))) {
    problems.push({ path: 'example', problem: `must have the shape ${expectedShape(scheme)}` });
  }
  if (problems.length) throw new DomainError('INVALID_VERSION_SCHEME', `The version scheme ${scheme.code} is invalid.`, { problems });
}
