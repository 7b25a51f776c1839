// Texts per language as the products, releases, maintenance and announcement APIs return them. Type-only.
import type { Localized } from '../core/versions/localized.js';

/** Text per language (RULES §9); any of en, es, el may be missing. */
export type LocalizedText = Localized<string>;

/** Markdown as written with its sanitised HTML and plain text, per language (R-V4, R-M4). */
export type LocalizedMarkdown = Localized<{ markdown: string; html: string; text: string }>;
