import { describe, expect, it } from 'vitest';
import { htmlToText, normalizeBody } from './body.js';

describe('message bodies', () => {
  it('drops scripts, event handlers and javascript: links', () => {
    const b = normalizeBody({
      html: '<p onclick="steal()">Hi <img src=x onerror=alert(1)><script>alert(2)</script><a href="javascript:alert(3)">x</a><a href="https://ok.example">ok</a></p><iframe src="https://evil"></iframe><style>body{}</style>',
    });
    expect(b.html).not.toMatch(/script|onerror|onclick|javascript:|iframe|<img|<style/i);
    expect(b.html).toContain('href="https://ok.example"');
    expect(b.html).toContain('rel="noopener noreferrer nofollow"');
    expect(b.text).toBe('Hi xok');
  });

  it('escapes text given as plain text and keeps paragraphs and line breaks', () => {
    const b = normalizeBody({ text: 'Line <b>1</b>\nline 2\n\n"Para" & 2' });
    expect(b.html).toBe('<p>Line &lt;b&gt;1&lt;/b&gt;<br>line 2</p><p>&quot;Para&quot; &amp; 2</p>');
    expect(b.text).toBe('Line <b>1</b>\nline 2\n\n"Para" & 2');
  });

  it('turns block elements into line breaks in the text version', () => {
    expect(htmlToText('<p>one</p><p>two<br>three</p><ul><li>a</li><li>b</li></ul>')).toBe('one\ntwo\nthree\na\nb');
  });

  it('keeps Greek and Spanish text intact', () => {
    expect(normalizeBody({ html: '<p>Καλημέρα, ¿qué tal?</p>' }).text).toBe('Καλημέρα, ¿qué tal?');
  });
});
