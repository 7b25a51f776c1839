import type { CalendarSpec, CalendarVersion, LocalInterval, Weekday } from '../calendar.js';

/** Mon–Fri with the same intervals, weekend closed. */
export function weekdays(...intervals: LocalInterval[]): Record<Weekday, LocalInterval[]> {
  return { mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals, sat: [], sun: [] };
}

/** Every day of the week with the same intervals (24×7 is `everyDay(['00:00','24:00'])`). */
export function everyDay(...intervals: LocalInterval[]): Record<Weekday, LocalInterval[]> {
  return { mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals, sat: intervals, sun: intervals };
}

const madrid = (from: string, to: string): CalendarSpec => ({
  timeZone: 'Europe/Madrid',
  weekly: weekdays([from, to]),
  holidayCountry: 'ES',
  holidayRegion: 'MD',
});

/**
 * The five preset calendars of the seeds, for tests and the benchmark (R-T1):
 * Athento (001) Plus 10–14, Standard 10–17, Company 9–18, Enterprise 8–20,
 * Monday–Friday, Europe/Madrid with Spanish public holidays (Madrid region);
 * Altanet (002) Europe/Athens with Greek public holidays. The Altanet seed
 * gives no hours: 09:00–17:00 Monday–Friday is an assumption of these fixtures.
 * The real presets live in presets/ (data owned by the presets importer).
 */
export const PRESET_CALENDARS: Record<string, CalendarSpec> = {
  'athento-plus': madrid('10:00', '14:00'),
  'athento-standard': madrid('10:00', '17:00'),
  'athento-company': madrid('09:00', '18:00'),
  'athento-enterprise': madrid('08:00', '20:00'),
  'altanet': { timeZone: 'Europe/Athens', weekly: weekdays(['09:00', '17:00']), holidayCountry: 'GR' },
};

/** A single-version calendar effective since 2000-01-01. */
export function singleVersion(spec: CalendarSpec): CalendarVersion[] {
  return [{ version: 1, effectiveFrom: '2000-01-01', spec }];
}
