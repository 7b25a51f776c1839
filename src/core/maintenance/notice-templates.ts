import { fromParagraphs, formatInstant, pick, type Locale, type Rendered, type TemplateContext } from '../notifications/render.js';

export interface MaintenanceNoticeParams {
  kind: 'announce' | 'rescheduled' | 'reminder' | 'done' | 'cancelled';
  /** Reminders: minutes before the start; the last one is "just before" (R-M2). */
  minutesBefore: number | null;
  typeName: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  shutsDown: boolean;
  url: string;
}

/** "3 h", "30 min", "1 d 2 h" in the reader's language. */
export function formatMinutes(minutes: number, locale: Locale): string {
  const u = pick(locale, { en: ['d', 'h', 'min'], es: ['d', 'h', 'min'], el: ['ημ.', 'ώρ.', 'λεπ.'] });
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return [d ? `${d} ${u[0]}` : '', h ? `${h} ${u[1]}` : '', m ? `${m} ${u[2]}` : ''].filter(Boolean).join(' ') || `0 ${u[2]}`;
}

/**
 * What a notice says about the operation, before its kind's name. The kind is
 * the maintenance type's own name (data, per language): an API change is
 * announced as one, never as "scheduled maintenance". Nouns, not adjectives,
 * so Spanish and Greek need no agreement with the type's name.
 */
const LEAD: Record<Exclude<MaintenanceNoticeParams['kind'], 'announce'>, Record<Locale, string>> = {
  rescheduled: { en: 'New date', es: 'Nueva fecha', el: 'Νέα ημερομηνία' },
  reminder: { en: 'Reminder', es: 'Recordatorio', el: 'Υπενθύμιση' },
  done: { en: 'Completed', es: 'Finalización', el: 'Ολοκλήρωση' },
  cancelled: { en: 'Cancelled', es: 'Cancelación', el: 'Ακύρωση' },
};

/** The subject: "<type>: <title>", after a lead for anything but the first announcement (R-M3, issue 12 item 12). */
export function maintenanceSubject(p: Pick<MaintenanceNoticeParams, 'kind' | 'typeName' | 'title'>, locale: Locale): string {
  const named = `${p.typeName}: ${p.title}`;
  return p.kind === 'announce' ? named : `${pick(locale, LEAD[p.kind])} – ${named}`;
}

/**
 * R-M3: one maintenance notice, in the reader's language and time zone
 * (start and end shown in the contact's zone). Kinds: announcement (or its
 * repeat after a reschedule), reminder of a shutdown (R-M2), done
 * (after-the-fact rule), cancellation.
 */
export function maintenanceNotice(p: MaintenanceNoticeParams, ctx: TemplateContext): Rendered {
  const l = ctx.locale;
  const when = `${formatInstant(p.startsAt, ctx)} – ${formatInstant(p.endsAt, ctx)}`;
  const inTime = p.minutesBefore !== null ? pick(l, { en: ` (in ${formatMinutes(p.minutesBefore, l)})`, es: ` (dentro de ${formatMinutes(p.minutesBefore, l)})`, el: ` (σε ${formatMinutes(p.minutesBefore, l)})` }) : '';
  const lines = [
    `${p.typeName}: ${p.title}${inTime}`,
    `${pick(l, { en: 'When', es: 'Cuándo', el: 'Πότε' })}: ${when} (${formatMinutes(p.durationMinutes, l)})`,
    ...(p.shutsDown ? [pick(l, { en: 'The service will be unavailable during this window.', es: 'El servicio no estará disponible durante este periodo.', el: 'Η υπηρεσία δεν θα είναι διαθέσιμη σε αυτό το διάστημα.' })] : []),
    ...(p.description ? [p.description] : []),
    p.url,
  ];
  return fromParagraphs(maintenanceSubject(p, l), lines);
}

export interface AnnouncementParams {
  title: string;
  text: string;
  html: string;
  url: string;
}

/** R-M4: a vendor announcement (documentation, SLA or policy changes, new services); the body is sanitised HTML. */
export function announcementNotice(p: AnnouncementParams, _ctx: TemplateContext): Rendered {
  const r = fromParagraphs(p.title, [p.text, p.url]);
  return { subject: r.subject, text: r.text, html: `${p.html}\n${fromParagraphs('', [p.url]).html}` };
}
