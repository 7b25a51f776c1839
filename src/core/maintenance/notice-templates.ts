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

const LEAD: Record<MaintenanceNoticeParams['kind'], Record<Locale, string>> = {
  announce: { en: 'Scheduled maintenance', es: 'Mantenimiento programado', el: 'Προγραμματισμένη συντήρηση' },
  rescheduled: { en: 'Maintenance rescheduled', es: 'Mantenimiento reprogramado', el: 'Η συντήρηση επαναπρογραμματίστηκε' },
  reminder: { en: 'Reminder: maintenance', es: 'Recordatorio: mantenimiento', el: 'Υπενθύμιση: συντήρηση' },
  done: { en: 'Maintenance completed', es: 'Mantenimiento realizado', el: 'Η συντήρηση ολοκληρώθηκε' },
  cancelled: { en: 'Maintenance cancelled', es: 'Mantenimiento cancelado', el: 'Η συντήρηση ακυρώθηκε' },
};

/**
 * R-M3: one maintenance notice, in the reader's language and time zone
 * (start and end shown in the contact's zone). Kinds: announcement (or its
 * repeat after a reschedule), reminder of a shutdown (R-M2), done
 * (after-the-fact rule), cancellation.
 */
export function maintenanceNotice(p: MaintenanceNoticeParams, ctx: TemplateContext): Rendered {
  const l = ctx.locale;
  const when = `${formatInstant(p.startsAt, ctx)} – ${formatInstant(p.endsAt, ctx)}`;
  const lead = pick(l, LEAD[p.kind]);
  const inTime = p.minutesBefore !== null ? pick(l, { en: ` (in ${formatMinutes(p.minutesBefore, l)})`, es: ` (dentro de ${formatMinutes(p.minutesBefore, l)})`, el: ` (σε ${formatMinutes(p.minutesBefore, l)})` }) : '';
  const lines = [
    `${p.typeName}: ${p.title}${inTime}`,
    `${pick(l, { en: 'When', es: 'Cuándo', el: 'Πότε' })}: ${when} (${formatMinutes(p.durationMinutes, l)})`,
    ...(p.shutsDown ? [pick(l, { en: 'The service will be unavailable during this window.', es: 'El servicio no estará disponible durante este periodo.', el: 'Η υπηρεσία δεν θα είναι διαθέσιμη σε αυτό το διάστημα.' })] : []),
    ...(p.description ? [p.description] : []),
    p.url,
  ];
  return fromParagraphs(`${lead}: ${p.title}`, lines);
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
