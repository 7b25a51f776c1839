import { createRequire } from 'node:module';
import { WEEKDAY_KEYS, type Peer } from './peer.js';

const require = createRequire(import.meta.url);
/** The slice of moment + moment-business-time the benchmark uses (the plugin ships no types). */
interface BusinessMoment {
  addWorkingTime(n: number, unit: 'minutes'): BusinessMoment;
  workingDiff(other: BusinessMoment, unit: 'minutes'): number;
  valueOf(): number;
}
type MomentFn = ((ms: number) => BusinessMoment) & { updateLocale(name: string, data: object): void };
// CommonJS library that patches moment's prototype; it reads hours and holidays from the GLOBAL locale.
const moment = require('moment-business-time') as MomentFn;

/** moment-business-time 2.0: hours and holidays per locale; process-local time zone only. */
export const momentBusinessTime: Peer = {
  name: 'moment-business-time',
  use(spec, holidays) {
    const workinghours = Object.fromEntries(
      WEEKDAY_KEYS.map((d, i) => [i, spec.weekly[d].length ? spec.weekly[d].flatMap(([s, e]) => [`${s}:00`, `${e}:00`]) : null]),
    );
    moment.updateLocale('en', { workinghours, holidays });
  },
  add(fromMs, minutes) {
    return moment(fromMs).addWorkingTime(minutes, 'minutes').valueOf();
  },
  between(fromMs, toMs) {
    return moment(toMs).workingDiff(moment(fromMs), 'minutes');
  },
};
