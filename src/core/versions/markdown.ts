import { marked } from 'marked';
import { normalizeBody } from '../tickets/body.js';

/** Markdown as written, with its rendering: sanitised HTML and plain text. */
export interface RenderedMarkdown {
  markdown: string;
  html: string;
  text: string;
}

/**
 * R-V4 release notes and R-M4 announcements: Markdown rendered with marked
 * (GFM), then sanitised with the ticket-body allow-list (no scripts, styles,
 * event handlers or javascript: links), plus a plain-text version for mail.
 */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const raw = marked.parse(markdown, { async: false, gfm: true });
  const body = normalizeBody({ html: raw });
  return { markdown, html: body.html, text: body.text };
}
