/**
 * Wall-clock times in a named zone for <input type="datetime-local">, which
 * knows only the browser's zone: a person types times in their own zone
 * (their account's), whatever the machine is set to.
 */

function partsIn(zone: string, ms: number): Record<string, number> {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const out: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetMs(zone: string, ms: number): number {
  const p = partsIn(zone, ms);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DDTHH:mm' in the zone → ISO instant; null when unreadable. */
export function wallToInstant(wall: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wall);
  if (!m) return null;
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const first = guess - offsetMs(zone, guess);
  const second = guess - offsetMs(zone, first);
  return new Date(second).toISOString();
}

/** An instant → 'YYYY-MM-DDTHH:mm' in the zone. */
export function instantToWall(iso: string | Date, zone: string): string {
  const p = partsIn(zone, new Date(iso).getTime());
  return `${p.year}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour! % 24)}:${pad(p.minute!)}`;
}
