import type { PlanTerms } from './plan-terms-schema.js';

/** Terms of a plan that says nothing: no calendar, no channels, no caps, no targets. */
export const EMPTY_TERMS: PlanTerms = {
  calendarId: null,
  channels: [],
  maxAuthorizedContacts: null,
  ticketsPerYear: null,
  overageRule: 'hold',
  firstResponseRule: 'reply',
  highPriority: false,
  warningPercents: [75, 90],
  services: [],
  entitlements: {},
  freeCategories: [],
  targets: {},
  notes: '',
  // R-K5: reminder after 5 calendar days of Pending, closure 3 days after it. Seed 001 says only
  // "un tiempo prudencial" (a reasonable time) and "never without prior notice": these are our defaults.
  pendingReminderDays: 5,
  pendingCloseDays: 3,
  // R-S2: waiting on a third party is outside the vendor's control, so On hold pauses by default.
  pauseOnHold: true,
  // R-S1: no fallback severity unless the vendor names one.
  defaultSeverity: null,
};

/**
 * R-P2: the terms of a new version: the given fields over `base` (the latest
 * version's terms, or EMPTY_TERMS for version 1). Only known keys are kept.
 */
export function mergeTerms(base: PlanTerms, patch: Partial<PlanTerms>): PlanTerms {
  const out = { ...base };
  for (const k of Object.keys(EMPTY_TERMS) as (keyof PlanTerms)[]) {
    if (patch[k] !== undefined) (out as Record<string, unknown>)[k] = patch[k];
  }
  return out;
}

/** Canonical JSON (sorted keys) to compare terms: the presets importer makes a version only on change. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
