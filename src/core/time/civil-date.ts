/**
 * Proleptic Gregorian date arithmetic on "day numbers" (days since 1970-01-01),
 * pure integer maths (Howard Hinnant's days_from_civil). No Date, no zone.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a civil date (days since 1970-01-01). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date [y, m, d] of a day number. */
export function civilFromDay(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** ISO weekday index of a day number: 0 = Monday … 6 = Sunday. */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Parses 'YYYY-MM-DD' to a day number, or null when malformed or not a real date. */
export function parseIsoDate(s: string): number | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const day = dayNumber(y, mo, d);
  const back = civilFromDay(day);
  return back[0] === y && back[1] === mo && back[2] === d ? day : null;
}

/** Formats a day number as 'YYYY-MM-DD'. */
export function formatIsoDate(day: number): string {
  const [y, m, d] = civilFromDay(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses "HH:MM" (00:00–24:00) to minutes of the day, or null. */
export function parseHhmm(s: string): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(s);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 1440 ? minutes : null;
}
