/** The only source of "now". Injected everywhere; tests pass a fixed or manual clock. */
export interface Clock {
  now(): Date;
}

/** A clock tests move by hand. */
export function manualClock(start: Date | string): Clock & { set(t: Date | string): void; advance(ms: number): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (v) => {
      t = new Date(v).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}
