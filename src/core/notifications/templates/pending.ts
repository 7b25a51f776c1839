import { formatInstant, fromParagraphs, pick, type Template } from '../render.js';

export interface PendingReminderParams {
  ticketNumber: number;
  subject: string;
  contactName: string;
  closesAt: Date;
  url: string;
}

/** R-K5: the reminder a contact always gets before a pending ticket is closed. */
export const pendingReminder: Template<PendingReminderParams> = (p, ctx) => {
  const at = formatInstant(p.closesAt, ctx);
  const t = `#${p.ticketNumber}`;
  return pick(ctx.locale, {
    en: fromParagraphs(`Reminder: we are waiting for your answer on ${t} ${p.subject}`, [
      `Hello ${p.contactName},`, `Ticket ${t} "${p.subject}" is waiting for information from you. If we hear nothing by ${at}, we will close it for lack of information.`,
      'Simply reply to this message to keep it open.', p.url,
    ]),
    es: fromParagraphs(`Recordatorio: esperamos su respuesta en ${t} ${p.subject}`, [
      `Hola, ${p.contactName}:`, `El ticket ${t} «${p.subject}» está a la espera de información por su parte. Si no recibimos respuesta antes del ${at}, lo cerraremos por falta de información.`,
      'Basta con responder a este mensaje para mantenerlo abierto.', p.url,
    ]),
    el: fromParagraphs(`Υπενθύμιση: περιμένουμε την απάντησή σας για το ${t} ${p.subject}`, [
      `Γεια σας ${p.contactName},`, `Το αίτημα ${t} «${p.subject}» περιμένει πληροφορίες από εσάς. Αν δεν λάβουμε απάντηση έως ${at}, θα κλείσει λόγω έλλειψης πληροφοριών.`,
      'Απαντήστε απλώς σε αυτό το μήνυμα για να παραμείνει ανοιχτό.', p.url,
    ]),
  });
};

export interface ClosureNoticeParams {
  ticketNumber: number;
  subject: string;
  contactName: string;
  url: string;
}

/** R-K5/R-K6: the ticket was closed for lack of information. */
export const closureNotice: Template<ClosureNoticeParams> = (p, ctx) => {
  const t = `#${p.ticketNumber}`;
  return pick(ctx.locale, {
    en: fromParagraphs(`Closed: ${t} ${p.subject}`, [`Hello ${p.contactName},`, `We closed ticket ${t} "${p.subject}" because we did not receive the information we asked for.`, 'If the problem persists, please open a new ticket.', p.url]),
    es: fromParagraphs(`Cerrado: ${t} ${p.subject}`, [`Hola, ${p.contactName}:`, `Hemos cerrado el ticket ${t} «${p.subject}» porque no recibimos la información solicitada.`, 'Si el problema continúa, abra un nuevo ticket.', p.url]),
    el: fromParagraphs(`Έκλεισε: ${t} ${p.subject}`, [`Γεια σας ${p.contactName},`, `Κλείσαμε το αίτημα ${t} «${p.subject}» επειδή δεν λάβαμε τις πληροφορίες που ζητήσαμε.`, 'Αν το πρόβλημα συνεχίζεται, ανοίξτε νέο αίτημα.', p.url]),
  });
};
