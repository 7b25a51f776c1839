import type { Category } from '../../api/ticket-types';
import type { Channel, PlanTerms, SeverityTargets } from '../../api/types';
import { readTarget, TARGET_KINDS, targetNotation } from '../shared/targets';
import type { GridDraft } from './sla-grid';

/** The plan-version form's state: numbers as text (empty = no cap), targets as notation. */
export interface TermsDraft {
  calendarId: string | null;
  channels: Channel[];
  maxAuthorizedContacts: string;
  ticketsPerYear: string;
  overageRule: PlanTerms['overageRule'];
  firstResponseRule: PlanTerms['firstResponseRule'];
  highPriority: boolean;
  warningPercents: string;
  /** R-P1/R-B*: request categories the plan includes (free unless a contract overrides). */
  freeCategories: Category[];
  /** R-K5: calendar days before the reminder, and after it before closure. */
  pendingReminderDays: string;
  pendingCloseDays: string;
  /** R-S2: On hold pauses the resolution clock. */
  pauseOnHold: boolean;
  /** R-S1: the severity whose targets apply to one the plan does not list; null = none. */
  defaultSeverity: string | null;
  grid: GridDraft;
}

export function termsDraft(terms: PlanTerms | null): TermsDraft {
  const grid: GridDraft = {};
  for (const [code, st] of Object.entries(terms?.targets ?? {})) {
    grid[code] = Object.fromEntries(TARGET_KINDS.map((k) => [k, targetNotation(st[k])]));
  }
  return {
    calendarId: terms?.calendarId ?? null,
    channels: terms?.channels ?? ['email'],
    maxAuthorizedContacts: terms?.maxAuthorizedContacts?.toString() ?? '',
    ticketsPerYear: terms?.ticketsPerYear?.toString() ?? '',
    overageRule: terms?.overageRule ?? 'hold',
    firstResponseRule: terms?.firstResponseRule ?? 'reply',
    highPriority: terms?.highPriority ?? false,
    warningPercents: (terms?.warningPercents ?? [75, 90]).join(', '),
    freeCategories: (terms?.freeCategories ?? []) as Category[],
    pendingReminderDays: String(terms?.pendingReminderDays ?? 5),
    pendingCloseDays: String(terms?.pendingCloseDays ?? 3),
    pauseOnHold: terms?.pauseOnHold ?? true,
    defaultSeverity: terms?.defaultSeverity ?? null,
    grid,
  };
}

const count = (s: string): number | null | undefined => {
  if (!s.trim()) return null;
  const n = Number(s);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
};

const days = (s: string): number | undefined => {
  const n = Number(s.trim());
  return s.trim() && Number.isInteger(n) && n >= 1 && n <= 365 ? n : undefined;
};

/**
 * The terms the form manages (services, entitlements and
 * notes are left out, so the server copies them from the latest version, R-P2),
 * or the problems: field → true.
 */
export function termsFromDraft(d: TermsDraft): { terms: Partial<PlanTerms>; problems: null } | { terms: null; problems: Record<string, boolean> } {
  const problems: Record<string, boolean> = {};
  const maxAuthorizedContacts = count(d.maxAuthorizedContacts);
  if (maxAuthorizedContacts === undefined) problems.maxAuthorizedContacts = true;
  const ticketsPerYear = count(d.ticketsPerYear);
  if (ticketsPerYear === undefined) problems.ticketsPerYear = true;
  const warningPercents = d.warningPercents.split(/[\s,;]+/).filter(Boolean).map(Number);
  if (warningPercents.some((n) => !Number.isInteger(n) || n < 1 || n > 99) || warningPercents.length > 5) problems.warningPercents = true;
  const pendingReminderDays = days(d.pendingReminderDays);
  if (pendingReminderDays === undefined) problems.pendingReminderDays = true;
  const pendingCloseDays = days(d.pendingCloseDays);
  if (pendingCloseDays === undefined) problems.pendingCloseDays = true;
  const targets: PlanTerms['targets'] = {};
  for (const [code, cells] of Object.entries(d.grid)) {
    const st: SeverityTargets = {};
    for (const k of TARGET_KINDS) {
      const r = readTarget(cells[k] ?? '');
      if (!r.ok) problems[`${code}.${k}`] = true;
      else if (r.target) st[k] = r.target;
    }
    if (Object.keys(st).length) targets[code] = st;
  }
  if (Object.keys(problems).length) return { terms: null, problems };
  return {
    terms: {
      calendarId: d.calendarId,
      channels: d.channels,
      maxAuthorizedContacts: maxAuthorizedContacts ?? null,
      ticketsPerYear: ticketsPerYear ?? null,
      overageRule: d.overageRule,
      firstResponseRule: d.firstResponseRule,
      highPriority: d.highPriority,
      warningPercents: [...new Set(warningPercents)].sort((a, b) => a - b),
      freeCategories: d.freeCategories,
      pendingReminderDays: pendingReminderDays!,
      pendingCloseDays: pendingCloseDays!,
      pauseOnHold: d.pauseOnHold,
      defaultSeverity: d.defaultSeverity,
      targets,
    },
    problems: null,
  };
}
