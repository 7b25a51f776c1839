import { fromParagraphs, pick, type Template } from '../render.js';

export interface AllowanceThresholdParams {
  customerName: string;
  planName: string;
  threshold: 80 | 100;
  used: number;
  total: number;
  yearStart: string;
  overageRule: 'bill' | 'hold';
  url: string;
}

/** R-P5: the allowance reached 80 % or 100 % (customer administrator, managers). */
export const allowanceThreshold: Template<AllowanceThresholdParams> = (p, ctx) => {
  const full = p.threshold === 100;
  const next = {
    en: p.overageRule === 'bill' ? 'New tickets will be accepted and billed as extras.' : 'New tickets will wait for your administrator\'s approval as billable extras.',
    es: p.overageRule === 'bill' ? 'Los nuevos tickets se aceptarán y se facturarán como extras.' : 'Los nuevos tickets esperarán la aprobación de su administrador como extras facturables.',
    el: p.overageRule === 'bill' ? 'Τα νέα αιτήματα θα γίνονται δεκτά και θα χρεώνονται ως επιπλέον.' : 'Τα νέα αιτήματα θα περιμένουν την έγκριση του διαχειριστή σας ως χρεώσιμα επιπλέον.',
  };
  return pick(ctx.locale, {
    en: fromParagraphs(full ? `${p.customerName}: all included tickets used` : `${p.customerName}: ${p.threshold}% of included tickets used`, [
      `${p.customerName} has used ${p.used} of ${p.total} tickets included in the ${p.planName} plan for the contract year starting ${p.yearStart}.`,
      full ? next.en : 'You can buy a ticket bundle or upgrade the plan at any time.', p.url,
    ]),
    es: fromParagraphs(full ? `${p.customerName}: tickets incluidos agotados` : `${p.customerName}: ${p.threshold}% de los tickets incluidos usados`, [
      `${p.customerName} ha usado ${p.used} de los ${p.total} tickets incluidos en el plan ${p.planName} para el año de contrato que empieza el ${p.yearStart}.`,
      full ? next.es : 'Puede comprar un paquete de tickets o mejorar el plan en cualquier momento.', p.url,
    ]),
    el: fromParagraphs(full ? `${p.customerName}: εξαντλήθηκαν τα περιλαμβανόμενα αιτήματα` : `${p.customerName}: χρησιμοποιήθηκε το ${p.threshold}% των αιτημάτων`, [
      `Η ${p.customerName} έχει χρησιμοποιήσει ${p.used} από τα ${p.total} αιτήματα του πακέτου ${p.planName} για το συμβατικό έτος από ${p.yearStart}.`,
      full ? next.el : 'Μπορείτε να αγοράσετε πακέτο αιτημάτων ή να αναβαθμίσετε το πακέτο οποιαδήποτε στιγμή.', p.url,
    ]),
  });
};
