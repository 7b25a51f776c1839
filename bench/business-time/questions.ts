/** Seeded question sets for the business-time benchmark: reproducible for a given seed. */

/** mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Questions as parallel typed arrays (epoch seconds, whole minutes). */
export interface Questions {
  n: number;
  calendar: Uint8Array;
  from: Float64Array;
  minutes: Int32Array;
  to: Float64Array;
}

const FROM = Date.UTC(2026, 0, 1) / 1000;
const UNTIL = Date.UTC(2027, 9, 31) / 1000;

/**
 * n questions over `calendars` calendars: a start on a whole minute between
 * 2026-01-01 and 2027-10-31, an amount of 1–3,000 business minutes (up to the
 * seeds' "< 7 d" on Enterprise) and an end up to 14 days after the start.
 */
export function makeQuestions(n: number, calendars: number, seed: number): Questions {
  const rnd = seededRandom(seed);
  const q: Questions = { n, calendar: new Uint8Array(n), from: new Float64Array(n), minutes: new Int32Array(n), to: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    q.calendar[i] = Math.floor(rnd() * calendars);
    q.from[i] = FROM + Math.floor(rnd() * ((UNTIL - FROM) / 60)) * 60;
    q.minutes[i] = 1 + Math.floor(rnd() * 3000);
    q.to[i] = q.from[i]! + Math.floor(rnd() * 14 * 1440) * 60;
  }
  return q;
}
