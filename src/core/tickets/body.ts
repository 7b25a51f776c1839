import sanitizeHtml from 'sanitize-html';
import { decodeHtmlEntities, escapeHtml } from '../html.js';

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

/**
 * Plain text from (untrusted) HTML: tags dropped, blocks become line breaks, entities decoded.
 * sanitize-html leaves its text escaped (&amp; &lt; &gt; …); one pass of a full decoder undoes that,
 * so `&amp;lt;` written by the sender stays the visible text "&lt;".
 */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(BLOCK, (m) => `${m}\n`);
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return decodeHtmlEntities(text).replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
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
