import dayjs from 'dayjs';
import dayjsBusinessTime from 'dayjs-business-time';
import { DAY_NAMES, WEEKDAY_KEYS, type Peer } from './peer.js';

dayjs.extend(dayjsBusinessTime);

/** dayjs-business-time 1.0: global business hours and holidays; process-local time zone only. */
export const dayjsBusinessTimePeer: Peer = {
  name: 'dayjs-business-time',
  use(spec, holidays) {
    const map = Object.fromEntries(
      DAY_NAMES.map((name, i) => {
        const iv = spec.weekly[WEEKDAY_KEYS[i]!];
        return [name, iv.length ? iv.map(([s, e]) => ({ start: `${s}:00`, end: `${e}:00` })) : null];
      }),
    );
    dayjs.setBusinessTime(map as unknown as dayjs.BusinessHoursMap);
    dayjs.setHolidays(holidays);
  },
  add(fromMs, minutes) {
    return dayjs(fromMs).addBusinessMinutes(minutes).valueOf();
  },
  between(fromMs, toMs) {
    return dayjs(fromMs).businessMinutesDiff(dayjs(toMs));
  },
};
