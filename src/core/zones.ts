const known = new Set<string>([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);

/** True for an IANA time zone name this runtime knows (R-T1). */
export function isTimeZone(zone: string): boolean {
  if (known.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date ('YYYY-MM-DD') of an instant in a zone; contract dates are read this way. */
export function localDateIn(zone: string, instant: Date): string {
  let f = dateFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(zone, f);
  }
  return f.format(instant);
}

/** The zone a contact reads times in: its own, or its customer's while it is left at the default 'UTC'. */
export function contactZone(own: string, customerZone: string): string {
  return own === 'UTC' ? customerZone : own;
}
