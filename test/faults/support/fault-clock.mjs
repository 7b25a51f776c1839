// Preloaded (node --import) into a `coverdesk` child process by the fault
// suites when FAULT_CLOCK_FILE is set. Tests never read the real clock, and a
// real process has no clock parameter, so this injects one from outside: every
// `new Date()` and `Date.now()` in the process answers the instant written in
// that file (frozen until the test writes another), read at each call so a
// jump takes effect at once. Timers (setTimeout) keep real time: they only
// pace the loops. Nothing in src/ knows about it.
import { readFileSync } from 'node:fs';

const file = process.env.FAULT_CLOCK_FILE;
if (file) {
  const RealDate = Date;
  const now = () => {
    const t = RealDate.parse(readFileSync(file, 'utf8').trim());
    if (Number.isNaN(t)) throw new Error(`FAULT_CLOCK_FILE ${file} does not hold an instant`);
    return t;
  };
  // A proxy, not a subclass: `Date()` called without new still works, and
  // `instanceof Date` and Date.prototype are the real ones.
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
  });
}
