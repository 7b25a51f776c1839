import { fromParagraphs, pick, type Template } from '../../notifications/render.js';
import { formatHours, formatMoney } from '../format-money.js';

export interface EstimatePhaseText {
  name: string;
  minutes: number;
  priceCents: number;
}

export interface EstimateSentParams {
  number: number;
  subject: string;
  recipientName: string;
  version: number;
  minutes: number;
  priceCents: number;
  currency: string;
  phases: EstimatePhaseText[];
  note: string;
  url: string;
}

/**
 * R-B4/R-B6: an estimate sent to the customer's administrator. It is approved
 * or declined in the portal, or by replying with APPROVE / DECLINE (es
 * APRUEBO / RECHAZO, el ΕΓΚΡΙΝΩ / ΑΠΟΡΡΙΠΤΩ) as the first word.
 */
export const estimateSentTemplate: Template<EstimateSentParams> = (p, ctx) => {
  const money = (c: number) => formatMoney(c, p.currency, ctx.locale);
  const hours = (m: number) => formatHours(m, ctx.locale);
  const phases = p.phases.map((ph, i) => `${i + 1}. ${ph.name}: ${hours(ph.minutes)} h, ${money(ph.priceCents)}`).join('\n');
  const note = p.note ? [p.note] : [];
  return pick(ctx.locale, {
    en: fromParagraphs(`[#${p.number}] Estimate for your approval: ${p.subject}`, [
      `Dear ${p.recipientName},`, `Here is estimate ${p.version} for request #${p.number} "${p.subject}": ${hours(p.minutes)} hours, ${money(p.priceCents)}.`,
      ...(p.phases.length > 1 ? [`The work runs in phases; each is handed over for your acceptance before the next starts:\n${phases}`] : []), ...note,
      'No billable work starts before your approval. Approve or decline it in the portal, or reply to this email with APPROVE or DECLINE as the first word.', p.url,
    ]),
    es: fromParagraphs(`[#${p.number}] Presupuesto para su aprobación: ${p.subject}`, [
      `Estimado/a ${p.recipientName}:`, `Le enviamos el presupuesto ${p.version} de la solicitud #${p.number} «${p.subject}»: ${hours(p.minutes)} horas, ${money(p.priceCents)}.`,
      ...(p.phases.length > 1 ? [`El trabajo se hace por fases; cada una se le entrega para su aceptación antes de empezar la siguiente:\n${phases}`] : []), ...note,
      'Ningún trabajo facturable empieza sin su aprobación. Apruébelo o recházelo en el portal, o responda a este correo con APRUEBO o RECHAZO como primera palabra.', p.url,
    ]),
    el: fromParagraphs(`[#${p.number}] Εκτίμηση για έγκριση: ${p.subject}`, [
      `Αγαπητέ/ή ${p.recipientName},`, `Σας αποστέλλουμε την εκτίμηση ${p.version} για το αίτημα #${p.number} «${p.subject}»: ${hours(p.minutes)} ώρες, ${money(p.priceCents)}.`,
      ...(p.phases.length > 1 ? [`Η εργασία γίνεται σε φάσεις· κάθε φάση παραδίδεται για αποδοχή πριν ξεκινήσει η επόμενη:\n${phases}`] : []), ...note,
      'Καμία χρεώσιμη εργασία δεν ξεκινά χωρίς την έγκρισή σας. Εγκρίνετε ή απορρίψτε την στην πύλη, ή απαντήστε σε αυτό το μήνυμα με ΕΓΚΡΙΝΩ ή ΑΠΟΡΡΙΠΤΩ ως πρώτη λέξη.', p.url,
    ]),
  });
};

export interface PhaseHandedOverParams {
  number: number;
  subject: string;
  recipientName: string;
  phaseName: string;
  note: string;
  url: string;
}

/** 004 hand-over: a phase is ready for the administrator's acceptance (the next phase starts after it). */
export const phaseHandedOverTemplate: Template<PhaseHandedOverParams> = (p, ctx) =>
  pick(ctx.locale, {
    en: fromParagraphs(`[#${p.number}] Phase ready for acceptance: ${p.phaseName}`, [`Dear ${p.recipientName},`, `The phase "${p.phaseName}" of request #${p.number} "${p.subject}" is handed over to you.`, ...(p.note ? [p.note] : []), 'Please verify it and accept it or send it back in the portal.', p.url]),
    es: fromParagraphs(`[#${p.number}] Fase lista para su aceptación: ${p.phaseName}`, [`Estimado/a ${p.recipientName}:`, `Le entregamos la fase «${p.phaseName}» de la solicitud #${p.number} «${p.subject}».`, ...(p.note ? [p.note] : []), 'Verifíquela y acéptela o devuélvala en el portal.', p.url]),
    el: fromParagraphs(`[#${p.number}] Φάση έτοιμη για αποδοχή: ${p.phaseName}`, [`Αγαπητέ/ή ${p.recipientName},`, `Σας παραδίδεται η φάση «${p.phaseName}» του αιτήματος #${p.number} «${p.subject}».`, ...(p.note ? [p.note] : []), 'Παρακαλούμε ελέγξτε την και αποδεχτείτε την ή επιστρέψτε την στην πύλη.', p.url]),
  });
