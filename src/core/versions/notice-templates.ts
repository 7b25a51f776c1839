import { escapeHtml } from '../html.js';
import { fromParagraphs, pick, type Locale, type Rendered, type TemplateContext } from '../notifications/render.js';
import type { ReleaseKind } from '../enums.js';

export interface ReleasePublishedParams {
  productName: string;
  version: string;
  kind: ReleaseKind;
  /** Notes in the reader's language (or the fallback), sanitised HTML and text; empty when none. */
  notesHtml: string;
  notesText: string;
  url: string;
}

const KIND: Record<ReleasePublishedParams['kind'], Record<Locale, string>> = {
  major: { en: 'major version', es: 'versión mayor', el: 'major έκδοση' },
  minor: { en: 'minor version', es: 'versión menor', el: 'minor έκδοση' },
  hotfix: { en: 'hotfix', es: 'hotfix', el: 'hotfix' },
  plugin_update: { en: 'plugin update', es: 'actualización de plugin', el: 'ενημέρωση plugin' },
};

/** R-V4: a release was published; the notes follow in the reader's language. */
export function releasePublished(p: ReleasePublishedParams, ctx: TemplateContext): Rendered {
  const kind = pick(ctx.locale, KIND[p.kind]);
  const subject = pick(ctx.locale, { en: `New ${kind}: ${p.productName} ${p.version}`, es: `Nueva ${kind}: ${p.productName} ${p.version}`, el: `Νέα ${kind}: ${p.productName} ${p.version}` });
  const lead = pick(ctx.locale, { en: `${p.productName} ${p.version} (${kind}) has been released.`, es: `Se ha publicado ${p.productName} ${p.version} (${kind}).`, el: `Κυκλοφόρησε το ${p.productName} ${p.version} (${kind}).` });
  const r = fromParagraphs(subject, [lead, ...(p.notesText ? [p.notesText] : []), p.url]);
  return { ...r, html: `<p>${escapeHtml(lead)}</p>\n${p.notesHtml}\n<p>${escapeHtml(p.url)}</p>` };
}

export interface EndOfLifeParams {
  customerName: string;
  productName: string;
  version: string;
  endOfLife: string;
  daysLeft: number;
  url: string;
}

/** R-V5: the installed major version reaches its end of life soon (or has). */
export function endOfLifeWarning(p: EndOfLifeParams, ctx: TemplateContext): Rendered {
  const past = p.daysLeft < 0;
  return pick(ctx.locale, {
    en: fromParagraphs(`${p.productName} ${p.version}: end of life ${p.endOfLife}`, [
      past ? `${p.productName} ${p.version}, installed at ${p.customerName}, reached its end of life on ${p.endOfLife}.` : `${p.productName} ${p.version}, installed at ${p.customerName}, reaches its end of life on ${p.endOfLife} (in ${p.daysLeft} days).`,
      'Plan the upgrade to a supported major version; your contract terms for upgrades are shown in the portal.',
      p.url,
    ]),
    es: fromParagraphs(`${p.productName} ${p.version}: fin de vida el ${p.endOfLife}`, [
      past ? `${p.productName} ${p.version}, instalado en ${p.customerName}, llegó al fin de su vida el ${p.endOfLife}.` : `${p.productName} ${p.version}, instalado en ${p.customerName}, llega al fin de su vida el ${p.endOfLife} (dentro de ${p.daysLeft} días).`,
      'Planifique la actualización a una versión mayor con soporte; las condiciones de su contrato se muestran en el portal.',
      p.url,
    ]),
    el: fromParagraphs(`${p.productName} ${p.version}: λήξη κύκλου ζωής ${p.endOfLife}`, [
      past ? `Το ${p.productName} ${p.version}, εγκατεστημένο στην ${p.customerName}, έληξε στις ${p.endOfLife}.` : `Το ${p.productName} ${p.version}, εγκατεστημένο στην ${p.customerName}, λήγει στις ${p.endOfLife} (σε ${p.daysLeft} ημέρες).`,
      'Προγραμματίστε την αναβάθμιση σε υποστηριζόμενη major έκδοση· οι όροι του συμβολαίου σας εμφανίζονται στην πύλη.',
      p.url,
    ]),
  });
}
