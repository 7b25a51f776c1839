import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from './html-text.js';

describe('htmlToPlainText (issue 13 item 2)', () => {
  it('keeps what a person wrote: blocks become lines, entities decoded, script/style/title dropped', () => {
    const html = '<html><head><title>T</title><style>p{color:red}</style></head><body><p>Hello&nbsp;<b>there</b></p><script>alert(1)</script><div>a &lt; b<br>c</div><ul><li>one</li><li>two</li></ul></body></html>';
    expect(htmlToPlainText(html)).toBe('Hello there\n\na < b\nc\n\none\ntwo');
  });

  it('a megabyte of unclosed nesting neither throws nor keeps markup (the shape that froze the server)', () => {
    expect(htmlToPlainText(`${'<div><b><i>'.repeat(100_000)}deep &amp; text`)).toBe('deep & text');
  });

  it('malformed markup is read as text, never thrown', () => {
    expect(htmlToPlainText('<p>a <b <i>> c</p></div></div><!-- unterminated')).toBe('a > c');
    expect(htmlToPlainText('<script>never closed')).toBe('');
  });
});
