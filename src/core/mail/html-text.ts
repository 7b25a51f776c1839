import { Tokenizer } from 'htmlparser2';

/** Elements whose content is never text a person wrote (raw text to the tokenizer, or metadata). */
const SKIPPED = new Set(['script', 'style', 'title', 'template', 'noscript', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Elements that start a new line. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'hr', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer']);
/** Items end without a blank line after them (the next item starts its own line). */
const ITEM = new Set(['br', 'li', 'tr', 'dt', 'dd']);

/**
 * Plain text from untrusted mail HTML in time linear in its length, whatever
 * its nesting (issue 13 item 2): it runs htmlparser2's streaming Tokenizer
 * only, with no element stack and no DOM (the Parser's stack and DOM builders
 * go quadratic or overflow on a megabyte of nested `<div><b><i>`). Block
 * elements become line breaks, entities are decoded, script/style/title
 * content is dropped, runs of white space collapse. Pure.
 */
export function htmlToPlainText(html: string): string {
  const out: string[] = [];
  let skipping: string | null = null;
  let tagName = '';
  const name = (start: number, end: number) => html.slice(start, end).toLowerCase();
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext(start, end) {
        if (!skipping) out.push(html.slice(start, end).replace(/\s+/g, ' '));
      },
      ontextentity(codepoint) {
        if (!skipping) out.push(codepoint === 0xa0 ? ' ' : String.fromCodePoint(codepoint));
      },
      onopentagname(start, end) {
        tagName = name(start, end);
        if (skipping) return;
        if (SKIPPED.has(tagName)) skipping = tagName;
        else if (BLOCK.has(tagName)) out.push('\n');
      },
      onclosetag(start, end) {
        const closed = name(start, end);
        if (skipping) {
          if (closed === skipping) skipping = null;
          return;
        }
        if (BLOCK.has(closed) && !ITEM.has(closed)) out.push('\n');
      },
      onselfclosingtag() {
        // `<script/>` has no content to skip.
        if (skipping === tagName) skipping = null;
      },
      onopentagend() {},
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return out
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
