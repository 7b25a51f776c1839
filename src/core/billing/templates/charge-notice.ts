import { fromParagraphs, pick, type Template } from '../../notifications/render.js';
import { formatMoney } from '../format-money.js';

export interface ChargeNoticeParams {
  customerName: string;
  recipientName: string;
  /** The charge line as it will read on the invoice (already in the reader's language). */
  description: string;
  amountCents: number;
  currency: string;
  url: string;
}

/** R-P9 "the customer is told before any extra charge": queued in the transaction that records the charge, before any invoice. */
export const chargeNoticeTemplate: Template<ChargeNoticeParams> = (p, ctx) => {
  const amount = formatMoney(p.amountCents, p.currency, ctx.locale);
  return pick(ctx.locale, {
    en: fromParagraphs(`Upcoming charge for ${p.customerName}: ${amount}`, [`Dear ${p.recipientName},`, `Before we invoice it, we let you know of this charge: ${p.description} — ${amount}.`, 'It will appear on your next invoice. Reply to this email if you have questions.', p.url]),
    es: fromParagraphs(`Próximo cargo para ${p.customerName}: ${amount}`, [`Estimado/a ${p.recipientName}:`, `Antes de facturarlo, le informamos de este cargo: ${p.description} — ${amount}.`, 'Aparecerá en su próxima factura. Responda a este correo si tiene preguntas.', p.url]),
    el: fromParagraphs(`Επικείμενη χρέωση για ${p.customerName}: ${amount}`, [`Αγαπητέ/ή ${p.recipientName},`, `Πριν την τιμολόγηση, σας ενημερώνουμε για τη χρέωση: ${p.description} — ${amount}.`, 'Θα εμφανιστεί στο επόμενο τιμολόγιό σας. Απαντήστε σε αυτό το μήνυμα για οποιαδήποτε απορία.', p.url]),
  });
};
