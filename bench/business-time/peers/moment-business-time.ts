import { createRequire } from 'node:module';
import { WEEKDAY_KEYS, type Peer } from './peer.js';

const require = createRequire(import.meta.url);
// CommonJS library that patches moment's prototype; it reads hours and holidays from the GLOBAL locale.
const moment = require('moment-business-time') as typeof import('moment') & ((x?: unknown) => any);

/** moment-business-time 2.0: hours and holidays per locale; process-local time zone only. */
export const momentBusinessTime: Peer = {
  name: 'moment-business-time',
  use(spec, holidays) {
    const workinghours = Object.fromEntries(
      WEEKDAY_KEYS.map((d, i) => [i, spec.weekly[d].length ? spec.weekly[d].flatMap(([s, e]) => [`${s}:00`, `${e}:00`]) : null]),
    );
    moment.updateLocale('en', { workinghours, holidays } as never);
  },
  add(fromMs, minutes) {
    return (moment(fromMs) as any).addWorkingTime(minutes, 'minutes').valueOf();
  },
  between(fromMs, toMs) {
    return (moment(toMs) as any).workingDiff(moment(fromMs), 'minutes');
  },
};
