import type { Locale } from '../../core/notifications/render.js';
import { renderMarkdown } from '../../core/versions/markdown.js';
import type { LocalizedMarkdown } from '../../storage/schema/products.js';

/** Notes as given by people: Markdown per language. */
export type NotesInput = Partial<Record<Locale, string>>;

/** R-V4: renders each language's Markdown (marked) and sanitises it; blank languages are dropped. */
export function renderNotes(notes: NotesInput): LocalizedMarkdown {
  const out: LocalizedMarkdown = {};
  for (const [locale, md] of Object.entries(notes) as [Locale, string | undefined][]) {
    if (md !== undefined && md.trim() !== '') out[locale] = renderMarkdown(md);
  }
  return out;
}
