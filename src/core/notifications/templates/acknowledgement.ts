import { formatInstant, fromParagraphs, pick, type Template } from '../render.js';

/**
 * The automatic acknowledgement of a new ticket (R-K1). It says it is
 * automatic and not a response: it is never a first response (R-K4).
 * The response due time is shown in the contact's zone and language.
 */
export interface AcknowledgementParams {
  number: number;
  subject: string;
  recipientName: string;
  /** The response target's due instant (R-S1); null when none runs. */
  responseDueAt: Date | null;
  /** The target is indicative (e.g. Trivial in 001): "we aim to", not "due by". */
  indicative: boolean;
  /** The ticket's page in the support center (core/pages.ts); null when the public URL is not known. */
  url: string | null;
}

export const acknowledgementTemplate: Template<AcknowledgementParams> = (p, ctx) => {
  const when = p.responseDueAt ? formatInstant(p.responseDueAt, ctx) : null;
  const t = pick(ctx.locale, {
    en: {
      subject: `[#${p.number}] We have received your request: ${p.subject}`,
      hello: `Hello ${p.recipientName},`,
      what: `This is an automatic message to confirm that we have registered your request as ticket #${p.number} ("${p.subject}"). It is not yet a response from our team.`,
      due: when && (p.indicative ? `We aim to send a first response by ${when} (an indicative target).` : `Our first response is due by ${when}.`),
      how: 'To add information, reply to this email: your reply is added to the ticket. You can also follow it in the support center.',
    },
    es: {
      subject: `[#${p.number}] Hemos recibido tu solicitud: ${p.subject}`,
      hello: `Hola, ${p.recipientName}:`,
      what: `Este es un mensaje automático para confirmar que hemos registrado tu solicitud como ticket #${p.number} («${p.subject}»). Todavía no es una respuesta de nuestro equipo.`,
      due: when && (p.indicative ? `Intentaremos enviarte una primera respuesta antes del ${when} (objetivo orientativo).` : `Nuestra primera respuesta está prevista antes del ${when}.`),
      how: 'Para añadir información, responde a este correo: tu respuesta se añadirá al ticket. También puedes seguirlo en el centro de soporte.',
    },
    el: {
      subject: `[#${p.number}] Λάβαμε το αίτημά σας: ${p.subject}`,
      hello: `Γεια σας ${p.recipientName},`,
      what: `Αυτό είναι ένα αυτόματο μήνυμα που επιβεβαιώνει ότι καταχωρίσαμε το αίτημά σας με αριθμό #${p.number} («${p.subject}»). Δεν είναι ακόμη απάντηση από την ομάδα μας.`,
      due: when && (p.indicative ? `Στοχεύουμε να σας απαντήσουμε για πρώτη φορά έως ${when} (ενδεικτικός στόχος).` : `Η πρώτη μας απάντηση αναμένεται έως ${when}.`),
      how: 'Για να προσθέσετε πληροφορίες, απαντήστε σε αυτό το email: η απάντησή σας προστίθεται στο αίτημα. Μπορείτε επίσης να το παρακολουθείτε στο κέντρο υποστήριξης.',
    },
  });
  return fromParagraphs(t.subject, [t.hello, t.what, ...(t.due ? [t.due] : []), t.how, ...(p.url ? [p.url] : [])]);
};
