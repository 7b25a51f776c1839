/**
 * Money arithmetic in integer minor units (cents for EUR). Every amount in
 * billing is an integer number of minor units with a currency beside it; the
 * only rounding is half away from zero, done once, on exact integers.
 */

/** a × b / c rounded half away from zero, computed exactly (BigInt inside). c > 0. */
export function mulDivRound(a: number, b: number, c: number): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || !Number.isSafeInteger(c) || c <= 0) {
    throw new RangeError(`mulDivRound needs safe integers and c > 0: ${a}, ${b}, ${c}`);
  }
  const n = BigInt(a) * BigInt(b);
  const d = BigInt(c);
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const q = (abs * 2n + d) / (2n * d);
  return Number(neg ? -q : q);
}

/**
 * Splits `total` minor units over `weights` (largest remainder): the parts sum
 * to exactly `total` (never a cent lost or invented) and each part is the
 * floor or the ceiling of its exact share. Weights are non-negative integers,
 * at least one positive. A negative total splits like its opposite, negated.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (!Number.isSafeInteger(total) || sum <= 0 || weights.some((w) => !Number.isSafeInteger(w) || w < 0)) {
    throw new RangeError('allocate needs an integer total and non-negative integer weights with a positive sum');
  }
  if (total < 0) return allocate(-total, weights).map((p) => (p === 0 ? 0 : -p));
  const t = BigInt(total);
  const s = BigInt(sum);
  const parts = weights.map((w) => (t * BigInt(w)) / s);
  const rems = weights.map((w, i) => ({ i, r: (t * BigInt(w)) % s }));
  let left = Number(t - parts.reduce((a, b) => a + b, 0n));
  rems.sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  for (const { i } of rems) {
    if (left-- <= 0) break;
    parts[i] = parts[i]! + 1n;
  }
  return parts.map(Number);
}

/** Sum of minor-unit amounts; throws when the result leaves the safe integer range. */
export function sumCents(amounts: readonly number[]): number {
  const s = amounts.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(s)) throw new RangeError('amount out of range');
  return s;
}
