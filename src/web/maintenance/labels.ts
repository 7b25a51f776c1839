import type { TFunction } from 'i18next';
import type { NoticeRule } from './types';

/** "15 working days before", "once the work is done" … in the UI language (R-M1). */
export function noticeRuleText(t: TFunction, rule: NoticeRule): string {
  switch (rule.kind) {
    case 'after':
      return t('maintenance.rule.after');
    case 'at_release':
      return t('maintenance.rule.atRelease');
    case 'calendar_days_before':
      return t('maintenance.rule.calendarDays', { n: rule.days });
    case 'working_days_before':
      return t('maintenance.rule.workingDays', { n: rule.days });
  }
}

/** A span of minutes as people say it: "7 d", "1 h", "2 h 30 min". */
export function minutesText(t: TFunction, minutes: number): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts: string[] = [];
  if (d) parts.push(t('maintenance.span.days', { n: d }));
  if (h) parts.push(t('maintenance.span.hours', { n: h }));
  if (m || parts.length === 0) parts.push(t('maintenance.span.minutes', { n: m }));
  return parts.join(' ');
}

/** A notice's key ('announce' | 'reminder:<minutes>' | 'done' | 'cancelled' | 'rescheduled') for people. */
export function noticeKeyText(t: TFunction, key: string, justBefore = false): string {
  const [kind, minutes] = key.split(':');
  switch (kind) {
    case 'announce':
      return t('maintenance.notice.announce');
    case 'reminder':
      return justBefore ? t('maintenance.notice.justBefore', { before: minutesText(t, Number(minutes)) }) : t('maintenance.notice.reminder', { before: minutesText(t, Number(minutes)) });
    case 'done':
      return t('maintenance.notice.done');
    case 'cancelled':
      return t('maintenance.notice.cancelled');
    default:
      return t('maintenance.notice.other');
  }
}
