import type { CalendarSpec, LocalInterval, Weekday } from '../../api/types';

export const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The calendar form's state: intervals and dates as text, the rest of the spec kept as it was. */
export interface SpecDraft {
  timeZone: string;
  weekly: Record<Weekday, string>;
  holidayCountry: string;
  holidayRegion: string;
  holidays: string;
  /** Not edited by the form yet; carried over from the version being edited. */
  rest: Pick<CalendarSpec, 'customDays' | 'holidayTypes'>;
}

const HHMM = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function intervalsText(list: LocalInterval[]): string {
  return list.map(([a, b]) => `${a}–${b}`).join(', ');
}

export function draftFromSpec(spec: CalendarSpec | null, fallbackZone: string): SpecDraft {
  const weekly = Object.fromEntries(WEEKDAYS.map((d) => [d, spec ? intervalsText(spec.weekly[d] ?? []) : ''])) as Record<Weekday, string>;
  if (!spec) for (const d of WEEKDAYS.slice(0, 5)) weekly[d] = '09:00–18:00';
  return {
    timeZone: spec?.timeZone ?? fallbackZone,
    weekly,
    holidayCountry: spec?.holidayCountry ?? '',
    holidayRegion: spec?.holidayRegion ?? '',
    holidays: (spec?.holidays ?? []).join('\n'),
    rest: { customDays: spec?.customDays, holidayTypes: spec?.holidayTypes },
  };
}

/** Parses "09:00–14:00, 15:00–18:00" (hyphen or dash); null when unreadable. */
export function parseIntervals(text: string): LocalInterval[] | null {
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  const out: LocalInterval[] = [];
  for (const p of parts) {
    const m = /^(\d{1,2}:\d{2})\s*[-–—]\s*(\d{1,2}:\d{2})$/.exec(p);
    if (!m) return null;
    const [a, b] = [m[1]!.padStart(5, '0'), m[2]!.padStart(5, '0')];
    if (!HHMM.test(a) || !HHMM.test(b) || a >= b) return null;
    out.push([a, b]);
  }
  return out;
}

/** The spec, or the problems keyed by field ('weekly.mon', 'holidays', …) as translation keys. */
export function specFromDraft(d: SpecDraft): { spec: CalendarSpec; problems: null } | { spec: null; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const weekly = {} as Record<Weekday, LocalInterval[]>;
  for (const day of WEEKDAYS) {
    const parsed = parseIntervals(d.weekly[day]);
    if (!parsed) problems[`weekly.${day}`] = 'calendars.form.badIntervals';
    weekly[day] = parsed ?? [];
  }
  const holidays = d.holidays.split(/[\s,;]+/).filter(Boolean);
  if (holidays.some((h) => !ISO_DATE.test(h))) problems.holidays = 'calendars.form.badDates';
  const country = d.holidayCountry.trim().toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country)) problems.holidayCountry = 'calendars.form.badCountry';
  const region = d.holidayRegion.trim().toUpperCase();
  if (region && !/^([A-Z]{2}[-.])?[A-Z0-9]{1,10}([-.][A-Z0-9]{1,10})?$/.test(region)) problems.holidayRegion = 'calendars.form.badRegion';
  // "ES-MD" names its country; "MD" alone would read as a country (Moldova), so it needs one (R-T1).
  if (region && !country && !/[-.]/.test(region)) problems.holidayRegion = 'calendars.form.regionNeedsCountry';
  if (Object.keys(problems).length) return { spec: null, problems };
  const spec: CalendarSpec = { timeZone: d.timeZone, weekly };
  if (country) spec.holidayCountry = country;
  if (region) spec.holidayRegion = region;
  if (holidays.length) spec.holidays = [...new Set(holidays)].sort();
  if (d.rest.customDays?.length) spec.customDays = d.rest.customDays;
  if (d.rest.holidayTypes?.length) spec.holidayTypes = d.rest.holidayTypes;
  return { spec, problems: null };
}
