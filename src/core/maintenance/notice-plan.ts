import { DomainError } from '../errors.js';
import type { CompiledCalendar } from '../time/index.js';
import type { NoticeRule } from './notice-rule.js';
import { earliestDateAfterWorkingDays, workingDaysBefore } from './working-days-before.js';
import { minusCalendarDays, startOfLocalDay } from './zoned.js';

export interface NoticePlanInput {
  rule: NoticeRule;
  startsAt: Date;
  durationMinutes: number;
  shutsDown: boolean;
  /** R-M2 extra notices of a shutdown, minutes before the start. */
  extraNoticeMinutes: readonly number[];
  /** When the operation is being scheduled (the clock). */
  now: Date;
  /** Vendor zone for calendar days (the type's calendar zone, else UTC). */
  timeZone: string;
  /** Vendor calendar; required by working_days_before. */
  calendar: CompiledCalendar | null;
  /** at_release: the linked release's publication; null = not yet published (the announcement waits); undefined = no release linked (announce now). */
  releasePublishedAt?: Date | null;
}

/** One notice to send. `dueAt` null = waits for its release. */
export interface PlannedNotice {
  key: string;
  kind: 'announce' | 'reminder' | 'done';
  dueAt: Date | null;
  minutesBefore: number | null;
  /** R-M2: the last reminder of a shutdown, "just before" it starts. */
  justBefore: boolean;
}

export interface NoticePlan {
  endsAt: Date;
  /** The latest instant the required notice may go out; null for 'after'. */
  requiredBy: Date | null;
  /** True when `now` is past `requiredBy`: refuse unless overridden (R-M1). */
  tooLate: boolean;
  /** The earliest start that would satisfy the rule if scheduled now; null for 'after'. */
  earliestStart: Date | null;
  /** working_days_before: the working days counted, latest first ('YYYY-MM-DD'). */
  countedWorkingDays: string[] | null;
  notices: PlannedNotice[];
}

const MIN = 60_000;

function requirement(i: NoticePlanInput): Pick<NoticePlan, 'requiredBy' | 'earliestStart' | 'countedWorkingDays'> {
  const r = i.rule;
  switch (r.kind) {
    case 'after':
      return { requiredBy: null, earliestStart: null, countedWorkingDays: null };
    case 'at_release':
      return { requiredBy: i.startsAt, earliestStart: i.now, countedWorkingDays: null };
    case 'calendar_days_before':
      return { requiredBy: minusCalendarDays(i.startsAt, r.days, i.timeZone), earliestStart: minusCalendarDays(i.now, -r.days, i.timeZone), countedWorkingDays: null };
    case 'working_days_before': {
      const cal = i.calendar;
      if (!cal) throw new DomainError('VALIDATION_FAILED', 'A working-days notice rule needs the vendor calendar.', [{ path: 'calendarId', problem: 'required' }]);
      const before = workingDaysBefore(cal, i.startsAt.getTime() / 1000, r.days);
      const day = earliestDateAfterWorkingDays(cal, i.now.getTime() / 1000, r.days);
      return { requiredBy: new Date(before.latestNotice * 1000), earliestStart: startOfLocalDay(day, i.timeZone), countedWorkingDays: before.counted };
    }
  }
}

/**
 * R-M1/R-M2: every notice of one operation. Rules 'before' and 'at_release'
 * announce at once (when scheduled, or when the release is published); 'after'
 * announces when the work should be done (start + duration). A shutdown adds
 * one reminder per `extraNoticeMinutes` still ahead of the announcement, the
 * smallest being "just before". Pure: the caller refuses `tooLate` plans
 * unless a manager overrides. Throws VALIDATION_FAILED, TIME_OUT_OF_RANGE.
 */
export function computeNoticePlan(i: NoticePlanInput): NoticePlan {
  if (!(Number.isInteger(i.durationMinutes) && i.durationMinutes > 0)) {
    throw new DomainError('VALIDATION_FAILED', 'The duration must be a whole number of minutes above 0.', [{ path: 'durationMinutes', problem: 'must be > 0' }]);
  }
  const endsAt = new Date(i.startsAt.getTime() + i.durationMinutes * MIN);
  const req = requirement(i);
  const tooLate = req.requiredBy !== null && req.requiredBy.getTime() < i.now.getTime();
  const notices: PlannedNotice[] = [];
  let announceAt: Date | null = i.now;
  if (i.rule.kind === 'after') {
    notices.push({ key: 'done', kind: 'done', dueAt: endsAt, minutesBefore: null, justBefore: false });
  } else {
    // A release not yet published holds the announcement until it is (publishRelease sets the due time).
    if (i.rule.kind === 'at_release' && i.releasePublishedAt === null) announceAt = null;
    notices.push({ key: 'announce', kind: 'announce', dueAt: announceAt, minutesBefore: null, justBefore: false });
  }
  if (i.shutsDown) {
    const floor = i.rule.kind === 'after' ? i.now : (announceAt ?? i.now);
    const ahead = [...i.extraNoticeMinutes].sort((a, b) => b - a).filter((m) => i.startsAt.getTime() - m * MIN > floor.getTime());
    ahead.forEach((m, k) =>
      notices.push({ key: `reminder:${m}`, kind: 'reminder', dueAt: new Date(i.startsAt.getTime() - m * MIN), minutesBefore: m, justBefore: k === ahead.length - 1 }),
    );
  }
  return { endsAt, ...req, tooLate, notices };
}
