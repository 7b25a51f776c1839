import { fromParagraphs, pick, type Template } from '../render.js';

export interface RenewalReminderParams {
  customerName: string;
  planName: string;
  endDate: string;
  reference: string;
  url: string;
}

/** R-P10: a contract ends soon; renewals run on 1 January unless ended. */
export const renewalReminder: Template<RenewalReminderParams> = (p, ctx) =>
  pick(ctx.locale, {
    en: fromParagraphs(`Contract ending ${p.endDate}: ${p.customerName}`, [`The ${p.planName} support contract of ${p.customerName} ${p.reference ? `(${p.reference}) ` : ''}ends on ${p.endDate}.`, 'Renew it to keep support without interruption.', p.url]),
    es: fromParagraphs(`Contrato que vence el ${p.endDate}: ${p.customerName}`, [`El contrato de soporte ${p.planName} de ${p.customerName} ${p.reference ? `(${p.reference}) ` : ''}vence el ${p.endDate}.`, 'Renuévelo para mantener el soporte sin interrupción.', p.url]),
    el: fromParagraphs(`Λήξη συμβολαίου ${p.endDate}: ${p.customerName}`, [`Το συμβόλαιο υποστήριξης ${p.planName} της ${p.customerName} ${p.reference ? `(${p.reference}) ` : ''}λήγει στις ${p.endDate}.`, 'Ανανεώστε το για υποστήριξη χωρίς διακοπή.', p.url]),
  });
