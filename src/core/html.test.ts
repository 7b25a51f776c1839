import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, escapeHtml } from './html.js';
import { htmlToText, textToHtml } from './tickets/body.js';

describe('escapeHtml, the one escaper (issue 15 item 9)', () => {
  it('escapes the five characters, with &#39; (HTML 4 mail renderers do not know &apos;)', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    expect(escapeHtml('Γειά σας — ok')).toBe('Γειά σας — ok');
  });

  it('round-trips through the decoder', () => {
    const s = `<script>alert("x")</script> & 'y'`;
    expect(decodeHtmlEntities(escapeHtml(s))).toBe(s);
  });
});

describe('HTML to text decodes every entity once', () => {
  it('decodes named, decimal and hex references, not only the six it used to know', () => {
    expect(decodeHtmlEntities('caf&eacute; &hellip; &#8364; &#x20AC; &Gamma; &amp;lt;')).toBe('café … € € Γ &lt;');
  });

  it('keeps what the sender wrote as visible text', () => {
    expect(htmlToText('<p>Use &amp;lt;b&amp;gt; for bold &amp; more</p><p>5 &lt; 6 &gt; 4 &quot;q&quot;</p>')).toBe('Use &lt;b&gt; for bold & more\n5 < 6 > 4 "q"');
    expect(htmlToText(textToHtml(`Tom's <tag> & "quote"`))).toBe(`Tom's <tag> & "quote"`);
  });
});
