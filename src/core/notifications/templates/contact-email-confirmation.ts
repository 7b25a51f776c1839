import { fromParagraphs, pick, type Template } from '../render.js';

/**
 * The link that proves a contact address belongs to the person behind it
 * (issue 13 item 6). Sent to the address itself, never anywhere else; it names
 * only the organisation that added it, and says what to do if it was not expected.
 */
export interface ContactEmailConfirmationParams {
  recipientName: string;
  customerName: string;
  url: string;
  expiresInDays: number;
}

export const contactEmailConfirmationTemplate: Template<ContactEmailConfirmationParams> = (p, ctx) => {
  const t = pick(ctx.locale, {
    en: {
      subject: 'Please confirm your email address for support',
      hello: `Hello ${p.recipientName},`,
      what: `${p.customerName} added this address as a support contact. Until you confirm it, it cannot be used to sign in or to write to support.`,
      how: `To confirm, open this link within ${p.expiresInDays} days: ${p.url}`,
      not: 'If you did not expect this message, ignore it: nothing changes without your confirmation.',
    },
    es: {
      subject: 'Confirma tu dirección de correo para el soporte',
      hello: `Hola, ${p.recipientName}:`,
      what: `${p.customerName} ha añadido esta dirección como contacto de soporte. Hasta que la confirmes, no sirve para iniciar sesión ni para escribir al soporte.`,
      how: `Para confirmarla, abre este enlace en los próximos ${p.expiresInDays} días: ${p.url}`,
      not: 'Si no esperabas este mensaje, ignóralo: nada cambia sin tu confirmación.',
    },
    el: {
      subject: 'Επιβεβαιώστε τη διεύθυνση email σας για την υποστήριξη',
      hello: `Γεια σας ${p.recipientName},`,
      what: `Ο οργανισμός ${p.customerName} πρόσθεσε αυτή τη διεύθυνση ως επαφή υποστήριξης. Μέχρι να την επιβεβαιώσετε, δεν μπορεί να χρησιμοποιηθεί για σύνδεση ή για μηνύματα προς την υποστήριξη.`,
      how: `Για να την επιβεβαιώσετε, ανοίξτε αυτόν τον σύνδεσμο μέσα σε ${p.expiresInDays} ημέρες: ${p.url}`,
      not: 'Αν δεν περιμένατε αυτό το μήνυμα, αγνοήστε το: τίποτα δεν αλλάζει χωρίς την επιβεβαίωσή σας.',
    },
  });
  return fromParagraphs(t.subject, [t.hello, t.what, t.how, t.not]);
};
