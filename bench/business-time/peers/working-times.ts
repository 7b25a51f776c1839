import { createRequire } from 'node:module';
import { WEEKDAY_KEYS, type Peer } from './peer.js';

const require = createRequire(import.meta.url);
type Timer = {
  setConfig(p: unknown): Timer;
  add(d: Date, n: number, unit: 'MINUTES'): Date;
  workingTimeBetween(a: Date, b: Date, unit: 'MINUTES'): number;
};
type Factory = { getTimerInstance(): Timer };
const mod = require('working-times') as Factory & { default?: Factory };
const TimerFactory: Factory = mod.default ?? mod; // its CommonJS build loses `default`

/** working-times 1.1: a singleton timer that buffers a day map around TODAY (it reads the real clock); local time zone only. */
export const workingTimes: Peer = {
  name: 'working-times',
  use(spec, holidays) {
    const normalWorkingHours = Object.fromEntries(
      WEEKDAY_KEYS.flatMap((d, i) => (spec.weekly[d].length ? [[i, spec.weekly[d].map(([from, to]) => ({ from, to }))]] : [])),
    );
    // Buffer every day the questions can reach, whatever today is.
    const days = Math.ceil(Math.abs(Date.now() - Date.UTC(2026, 0, 1)) / 86_400_000) + 1200;
    TimerFactory.getTimerInstance().setConfig({ vacations: holidays, normalWorkingHours, exceptionalWorkingHours: {}, minBufferedDays: days, maxBufferedDays: days });
  },
  add(fromMs, minutes) {
    return TimerFactory.getTimerInstance().add(new Date(fromMs), minutes, 'MINUTES').getTime();
  },
  between(fromMs, toMs) {
    return Number(TimerFactory.getTimerInstance().workingTimeBetween(new Date(fromMs), new Date(toMs), 'MINUTES'));
  },
};
