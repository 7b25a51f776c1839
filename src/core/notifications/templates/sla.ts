import { formatInstant, fromParagraphs, pick, type Template } from '../render.js';
import type { Locale, SlaClockName, SlaNoticeKind } from '../../enums.js';

export interface SlaNoticeParams {
  ticketNumber: number;
  subject: string;
  customerName: string;
  clock: SlaClockName;
  kind: SlaNoticeKind;
  percent: number;
  dueAt: Date;
  url: string;
}

const CLOCK: Record<Locale, Record<SlaClockName, string>> = {
  en: { response: 'response', resolution: 'resolution' },
  es: { response: 'respuesta', resolution: 'resolución' },
  el: { response: 'απόκρισης', resolution: 'επίλυσης' },
};

/** R-S4: staff notice of an SLA warning or breach (assignee, managers). */
export const slaNotice: Template<SlaNoticeParams> = (p, ctx) => {
  const due = formatInstant(p.dueAt, ctx);
  const c = pick(ctx.locale, CLOCK)[p.clock];
  const t = `#${p.ticketNumber}`;
  if (p.kind === 'breach') {
    return pick(ctx.locale, {
      en: fromParagraphs(`SLA breached: ${c} target of ${t} ${p.subject}`, [`The ${c} target of ticket ${t} (${p.customerName}) passed at ${due}.`, `Subject: ${p.subject}`, p.url]),
      es: fromParagraphs(`ANS incumplido: objetivo de ${c} del ${t} ${p.subject}`, [`El objetivo de ${c} del ticket ${t} (${p.customerName}) venció el ${due}.`, `Asunto: ${p.subject}`, p.url]),
      el: fromParagraphs(`Παραβίαση SLA: στόχος ${c} του ${t} ${p.subject}`, [`Ο στόχος ${c} του αιτήματος ${t} (${p.customerName}) έληξε στις ${due}.`, `Θέμα: ${p.subject}`, p.url]),
    });
  }
  return pick(ctx.locale, {
    en: fromParagraphs(`SLA ${p.percent}%: ${c} of ${t} due ${due}`, [`Ticket ${t} (${p.customerName}) has used ${p.percent}% of its ${c} target. It is due ${due}.`, `Subject: ${p.subject}`, p.url]),
    es: fromParagraphs(`ANS ${p.percent}%: ${c} del ${t} vence ${due}`, [`El ticket ${t} (${p.customerName}) ha consumido el ${p.percent}% de su objetivo de ${c}. Vence el ${due}.`, `Asunto: ${p.subject}`, p.url]),
    el: fromParagraphs(`SLA ${p.percent}%: ${c} του ${t} λήγει ${due}`, [`Το αίτημα ${t} (${p.customerName}) έχει καταναλώσει το ${p.percent}% του στόχου ${c}. Λήγει στις ${due}.`, `Θέμα: ${p.subject}`, p.url]),
  });
};
