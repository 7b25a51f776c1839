import { DomainError, isDomainError } from '../errors.js';
import { parseTarget } from '../sla/parse-target.js';
import type { Issue } from './issues.js';
import { EMPTY_TERMS } from './plan-terms-defaults.js';
import type { PlanTerms, SeverityTargets, Target } from './plan-terms-schema.js';
import type { Preset, PresetPlan } from './preset-schema.js';

/** A preset plan ready to store: its terms with the calendar still named by code. */
export interface ResolvedPresetPlan {
  code: string;
  name: string;
  rank: number;
  calendarCode: string | null;
  terms: Omit<PlanTerms, 'calendarId'>;
}

type TextTargets = Record<string, Partial<Record<keyof SeverityTargets, string>>>;

/** Merges the column mapping's targets (seed 003) into each plan's own target texts. */
function targetTexts(preset: Preset, plan: PresetPlan, issues: Issue[]): TextTargets {
  const out: TextTargets = structuredClone(plan.targets);
  const m = preset.columnMapping;
  if (!m) return out;
  for (const kind of ['response', 'resolution'] as const) {
    const table = m[kind];
    if (table.plans.length !== table.columns.length) issues.push({ path: `columnMapping.${kind}`, problem: 'one plan (or null) per column' });
    table.plans.forEach((code, i) => {
      if (code !== plan.code) return;
      const col = table.columns[i] ?? [];
      if (col.length !== m.severities.length) issues.push({ path: `columnMapping.${kind}.columns.${i}`, problem: 'one value per severity' });
      m.severities.forEach((sev, j) => {
        if (col[j] !== undefined) (out[sev] ??= {})[kind] = col[j];
      });
    });
  }
  return out;
}

function parseAt(text: string, path: string, issues: Issue[]): Target | null {
  try {
    return parseTarget(text);
  } catch (e) {
    if (!isDomainError(e)) throw e;
    issues.push({ path, problem: e.message });
    return null;
  }
}

/**
 * Turns a validated preset's plans into plan terms (R-P1): column mapping
 * applied, target texts parsed (R-T3), calendars checked to be in the file.
 * `minimumResolution` is always indicative (Altanet 002: a floor, not a
 * deadline). Throws INVALID_PRESET listing every problem.
 */
export function resolvePresetPlans(preset: Preset): ResolvedPresetPlan[] {
  const issues: Issue[] = [];
  const calendars = new Set(preset.calendars.map((c) => c.code));
  const plans = new Set(preset.plans.map((p) => p.code));
  for (const kind of ['response', 'resolution'] as const) {
    preset.columnMapping?.[kind].plans.forEach((c, i) => {
      if (c !== null && !plans.has(c)) issues.push({ path: `columnMapping.${kind}.plans.${i}`, problem: `no plan ${c} in this preset` });
    });
  }
  const out = preset.plans.map((p, i): ResolvedPresetPlan => {
    if (p.calendar !== null && !calendars.has(p.calendar)) issues.push({ path: `plans.${i}.calendar`, problem: `no calendar ${p.calendar} in this preset` });
    const targets: PlanTerms['targets'] = {};
    for (const [sev, texts] of Object.entries(targetTexts(preset, p, issues))) {
      const st: SeverityTargets = {};
      for (const [kind, text] of Object.entries(texts) as [keyof SeverityTargets, string][]) {
        const t = parseAt(text, `plans.${i}.targets.${sev}.${kind}`, issues);
        if (t) st[kind] = kind === 'minimumResolution' ? { ...t, indicative: true } : t;
      }
      targets[sev] = st;
    }
    const { calendar, code, name, rank, ...rest } = p;
    const { calendarId: _c, ...base } = EMPTY_TERMS;
    return { code, name, rank, calendarCode: calendar, terms: { ...base, ...rest, targets } };
  });
  if (issues.length) throw new DomainError('INVALID_PRESET', `Preset ${preset.name} is invalid.`, issues);
  return out;
}
