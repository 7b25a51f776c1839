import { fromParagraphs, pick, type Template } from '../render.js';

/** A staff member's public reply, sent to the ticket's requester at the stored address. */
export interface AgentReplyParams {
  number: number;
  subject: string;
  recipientName: string;
  authorName: string;
  /** The reply as plain text (the HTML part is built from it, escaped). */
  text: string;
  /** The ticket's page in the support center (core/pages.ts); null when the public URL is not known. */
  url: string | null;
}

export const agentReplyTemplate: Template<AgentReplyParams> = (p, ctx) => {
  const t = pick(ctx.locale, {
    en: {
      intro: `${p.authorName} replied to your ticket #${p.number} ("${p.subject}"):`,
      how: 'To answer, reply to this email: your reply is added to the ticket. You can also answer in the support center.',
    },
    es: {
      intro: `${p.authorName} ha respondido a tu ticket #${p.number} («${p.subject}»):`,
      how: 'Para contestar, responde a este correo: tu respuesta se añadirá al ticket. También puedes contestar en el centro de soporte.',
    },
    el: {
      intro: `Ο/Η ${p.authorName} απάντησε στο αίτημά σας #${p.number} («${p.subject}»):`,
      how: 'Για να απαντήσετε, απαντήστε σε αυτό το email: η απάντησή σας προστίθεται στο αίτημα. Μπορείτε επίσης να απαντήσετε στο κέντρο υποστήριξης.',
    },
  });
  return fromParagraphs(`[#${p.number}] ${p.subject}`, [t.intro, p.text.trim(), t.how, ...(p.url ? [p.url] : [])]);
};
