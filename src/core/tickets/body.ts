import sanitizeHtml from 'sanitize-html';

/**
 * Message bodies are kept twice: sanitized HTML (for display) and plain text
 * (for search, mail and previews). Only a small set of formatting tags
 * survives; scripts, event handlers, styles, iframes and javascript: URLs never do.
 */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'b', 'strong', 'i', 'em', 'u', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'span', 'div'],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }) },
  disallowedTagsMode: 'discard',
  // Tags nested deeper than this are dropped (their text stays): a megabyte of `<div><b><i>` must not
  // come out as a megabyte of markup for every later sanitizing pass (issue 13 item 2).
  nestingLimit: 64,
};

const BLOCK = /<\/(p|div|h[1-6]|li|tr|blockquote|pre)>|<br\s*\/?>/gi;

export interface Body {
  html: string;
  text: string;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Plain text from (untrusted) HTML: tags dropped, blocks become line breaks, entities decoded. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(BLOCK, (m) => `${m}\n`);
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text).replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Plain text → safe HTML paragraphs. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Untrusted HTML reduced to the allowed formatting (what normalizeBody keeps for display). */
export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, ALLOWED);
}

/** Normalises a body given as text or HTML into sanitized HTML plus plain text. */
export function normalizeBody(input: { text?: string | null; html?: string | null }): Body {
  if (input.html) {
    const html = sanitizeBodyHtml(input.html);
    return { html, text: htmlToText(html) };
  }
  const text = (input.text ?? '').replace(/\r\n?/g, '\n').trim();
  return { html: textToHtml(text), text };
}
