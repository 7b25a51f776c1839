/** Epoch seconds of an ISO instant with an explicit offset, e.g. at('2026-03-27T19:00:00+01:00'). Test helper. */
export function at(iso: string): number {
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(iso)) throw new Error(`instant needs an offset: ${iso}`);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad instant ${iso}`);
  return ms / 1000;
}
