import { fromParagraphs, pick, type Locale, type Template } from '../render.js';

/**
 * The polite refusal of a mail that cannot become a ticket (R-C2): why, in
 * words a customer understands, and what to do. The message is kept for
 * agents in every case, and the refusal says so.
 */
export type RefusalReason = 'UNKNOWN_SENDER' | 'NOT_AUTHORIZED_CONTACT' | 'CONTACT_BEYOND_CAP' | 'CHANNEL_NOT_IN_PLAN' | 'NO_ACTIVE_CONTRACT' | 'ALLOWANCE_EXHAUSTED' | 'REPLY_NOT_PROVEN' | 'DECISION_NOT_PROVEN';

export interface RefusalParams {
  reason: RefusalReason;
  /**
   * The refused mail's subject, repeated only to a sender that proved its
   * address (issue 13 item 4: never echo text to an address that may be forged,
   * or the desk relays spam). null: the refusal repeats nothing it was sent.
   */
  subject: string | null;
  address: string;
  recipientName: string | null;
}

type Lines = Record<RefusalReason, [why: string, what: string]>;

const LINES = (address: string): Record<Locale, Lines> => ({
  en: {
    UNKNOWN_SENDER: [`Your address (${address}) is not one of the contacts of a customer with a support contract.`, "If you work for one of our customers, please ask your organisation's support administrator to add you as an authorized contact, or to report the issue for you."],
    NOT_AUTHORIZED_CONTACT: ['Only the authorized contacts of your organisation may open support tickets, and your address is not one of them yet.', 'Please ask your administrator to authorize you, or to report the issue for you.'],
    CONTACT_BEYOND_CAP: ["Your organisation's support plan now allows fewer authorized contacts than your organisation has, and you are not among those who may open tickets at present.", 'Please ask your administrator to choose who stays authorized, or to report the issue for you.'],
    CHANNEL_NOT_IN_PLAN: ["Your organisation's support plan does not include requests by email.", 'Please use one of the channels in your plan, such as the support center.'],
    NO_ACTIVE_CONTRACT: ['Your organisation has no support contract in force today.', 'Please contact us to renew it.'],
    ALLOWANCE_EXHAUSTED: ['Your organisation has used all the tickets included in this contract year.', 'Your request is waiting for your administrator to approve it as a billable extra; they can also buy a ticket bundle or upgrade the plan. There is no need to send it again.'],
    REPLY_NOT_PROVEN: ['A reply in your name could not be matched safely to a ticket: it was not an answer to one of our messages.', 'To add to a ticket, please reply to the last message we sent you about it, or write in the support center.'],
    DECISION_NOT_PROVEN: ['A decision in your name (such as approving an estimate) cannot be taken from this message.', 'Please decide in the support center, where you sign in; our team has been told.'],
  },
  es: {
    UNKNOWN_SENDER: [`Tu dirección (${address}) no figura entre los contactos de ningún cliente con contrato de soporte.`, 'Si trabajas para uno de nuestros clientes, pide al administrador de soporte de tu organización que te dé de alta como contacto autorizado, o que notifique la incidencia por ti.'],
    NOT_AUTHORIZED_CONTACT: ['Solo los contactos autorizados de tu organización pueden abrir tickets de soporte, y tu dirección todavía no lo es.', 'Pide a tu administrador que te autorice, o que notifique la incidencia por ti.'],
    CONTACT_BEYOND_CAP: ['El plan de soporte de tu organización admite ahora menos contactos autorizados de los que tiene, y en este momento no estás entre quienes pueden abrir tickets.', 'Pide a tu administrador que elija quién sigue autorizado, o que notifique la incidencia por ti.'],
    CHANNEL_NOT_IN_PLAN: ['El plan de soporte de tu organización no incluye solicitudes por correo electrónico.', 'Utiliza uno de los canales de tu plan, como el centro de soporte.'],
    NO_ACTIVE_CONTRACT: ['Tu organización no tiene hoy ningún contrato de soporte en vigor.', 'Ponte en contacto con nosotros para renovarlo.'],
    ALLOWANCE_EXHAUSTED: ['Tu organización ha consumido todos los tickets incluidos en este año de contrato.', 'Tu solicitud queda pendiente de que tu administrador la apruebe como extra facturable; también puede comprar un bono de tickets o mejorar el plan. No hace falta que la envíes de nuevo.'],
    REPLY_NOT_PROVEN: ['No hemos podido asociar con seguridad a un ticket una respuesta en tu nombre: no contestaba a ninguno de nuestros mensajes.', 'Para añadir algo a un ticket, responde al último mensaje que te enviamos sobre él, o escribe en el centro de soporte.'],
    DECISION_NOT_PROVEN: ['Una decisión en tu nombre (como aprobar un presupuesto) no puede tomarse a partir de este mensaje.', 'Decide en el centro de soporte, donde inicias sesión; nuestro equipo ya está avisado.'],
  },
  el: {
    UNKNOWN_SENDER: [`Η διεύθυνσή σας (${address}) δεν ανήκει σε επαφή κάποιου πελάτη με σύμβαση υποστήριξης.`, 'Αν εργάζεστε για κάποιον πελάτη μας, ζητήστε από τον διαχειριστή υποστήριξης του οργανισμού σας να σας προσθέσει ως εξουσιοδοτημένη επαφή ή να αναφέρει το πρόβλημα για εσάς.'],
    NOT_AUTHORIZED_CONTACT: ['Μόνο οι εξουσιοδοτημένες επαφές του οργανισμού σας μπορούν να υποβάλλουν αιτήματα υποστήριξης, και η διεύθυνσή σας δεν είναι ακόμη μία από αυτές.', 'Ζητήστε από τον διαχειριστή σας να σας εξουσιοδοτήσει ή να αναφέρει το πρόβλημα για εσάς.'],
    CONTACT_BEYOND_CAP: ['Το πρόγραμμα υποστήριξης του οργανισμού σας επιτρέπει πλέον λιγότερες εξουσιοδοτημένες επαφές από όσες έχει, και αυτή τη στιγμή δεν είστε μεταξύ όσων μπορούν να υποβάλλουν αιτήματα.', 'Ζητήστε από τον διαχειριστή σας να επιλέξει ποιοι παραμένουν εξουσιοδοτημένοι ή να αναφέρει το πρόβλημα για εσάς.'],
    CHANNEL_NOT_IN_PLAN: ['Το πρόγραμμα υποστήριξης του οργανισμού σας δεν περιλαμβάνει αιτήματα μέσω email.', 'Χρησιμοποιήστε ένα από τα κανάλια του προγράμματός σας, όπως το κέντρο υποστήριξης.'],
    NO_ACTIVE_CONTRACT: ['Ο οργανισμός σας δεν έχει σήμερα σε ισχύ σύμβαση υποστήριξης.', 'Επικοινωνήστε μαζί μας για να την ανανεώσετε.'],
    ALLOWANCE_EXHAUSTED: ['Ο οργανισμός σας έχει χρησιμοποιήσει όλα τα αιτήματα που περιλαμβάνονται σε αυτό το έτος σύμβασης.', 'Το αίτημά σας περιμένει την έγκριση του διαχειριστή σας ως χρεώσιμη επιπλέον υπηρεσία· μπορεί επίσης να αγοράσει πακέτο αιτημάτων ή να αναβαθμίσει το πρόγραμμα. Δεν χρειάζεται να το στείλετε ξανά.'],
    REPLY_NOT_PROVEN: ['Μια απάντηση στο όνομά σας δεν ήταν δυνατό να συνδεθεί με ασφάλεια με ένα αίτημα: δεν απαντούσε σε κάποιο από τα μηνύματά μας.', 'Για να προσθέσετε κάτι σε ένα αίτημα, απαντήστε στο τελευταίο μήνυμα που σας στείλαμε γι’ αυτό ή γράψτε στο κέντρο υποστήριξης.'],
    DECISION_NOT_PROVEN: ['Μια απόφαση στο όνομά σας (όπως η έγκριση μιας προσφοράς) δεν μπορεί να ληφθεί από αυτό το μήνυμα.', 'Αποφασίστε στο κέντρο υποστήριξης, όπου συνδέεστε· η ομάδα μας έχει ενημερωθεί.'],
  },
});

export const refusalTemplate: Template<RefusalParams> = (p, ctx) => {
  const [why, what] = pick(ctx.locale, LINES(p.address))[p.reason];
  const quoted = p.subject !== null;
  const t = pick(ctx.locale, {
    en: {
      subject: quoted ? `We could not register your message: ${p.subject}` : 'We could not register your message',
      intro: quoted ? `We could not open a support ticket from your message "${p.subject}".` : 'We could not act on a message we received from your address.',
      hello: p.recipientName ? `Hello ${p.recipientName},` : 'Hello,', kept: 'Your message has been kept and our support team can see it.', auto: 'This is an automatic message.',
    },
    es: {
      subject: quoted ? `No hemos podido registrar tu mensaje: ${p.subject}` : 'No hemos podido registrar tu mensaje',
      intro: quoted ? `No hemos podido abrir un ticket de soporte a partir de tu mensaje «${p.subject}».` : 'No hemos podido tramitar un mensaje que recibimos desde tu dirección.',
      hello: p.recipientName ? `Hola, ${p.recipientName}:` : 'Hola:', kept: 'Hemos guardado tu mensaje y nuestro equipo de soporte puede verlo.', auto: 'Este es un mensaje automático.',
    },
    el: {
      subject: quoted ? `Δεν ήταν δυνατή η καταχώριση του μηνύματός σας: ${p.subject}` : 'Δεν ήταν δυνατή η καταχώριση του μηνύματός σας',
      intro: quoted ? `Δεν ήταν δυνατό να ανοίξουμε αίτημα υποστήριξης από το μήνυμά σας «${p.subject}».` : 'Δεν ήταν δυνατό να επεξεργαστούμε ένα μήνυμα που λάβαμε από τη διεύθυνσή σας.',
      hello: p.recipientName ? `Γεια σας ${p.recipientName},` : 'Γεια σας,', kept: 'Το μήνυμά σας έχει διατηρηθεί και η ομάδα υποστήριξής μας μπορεί να το δει.', auto: 'Αυτό είναι ένα αυτόματο μήνυμα.',
    },
  });
  return fromParagraphs(t.subject, [t.hello, t.intro, why, what, t.kept, t.auto]);
};
