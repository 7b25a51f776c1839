import { Temporal } from 'temporal-polyfill';

/**
 * Wall-clock times in a named zone for <input type="datetime-local">, which
 * knows only the browser's zone: a person types times in their own zone
 * (their account's), whatever the machine is set to. Temporal, as in core
 * (issue 15 item 9): a time in a DST gap moves forward, a repeated one takes
 * its first occurrence ('compatible', like core's startOfLocalDay).
 */

/** 'YYYY-MM-DDTHH:mm' in the zone → ISO instant; null when unreadable. */
export function wallToInstant(wall: string, zone: string): string | null {
  let local: Temporal.PlainDateTime;
  try {
    local = Temporal.PlainDateTime.from(wall, { overflow: 'reject' });
  } catch {
    return null;
  }
  return new Date(local.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds).toISOString();
}

/** An instant → 'YYYY-MM-DDTHH:mm' in the zone. */
export function instantToWall(iso: string | Date, zone: string): string {
  const at = Temporal.Instant.fromEpochMilliseconds(new Date(iso).getTime()).toZonedDateTimeISO(zone);
  return at.toPlainDateTime().toString({ smallestUnit: 'minute' });
}
