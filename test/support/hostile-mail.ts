import { uniqueMessageId } from './mail-fixtures.js';

/**
 * Hostile messages too large or too regular to keep as files (issue 13 item 2):
 * each is built from its size, so tests can use a smaller one than the attack.
 */
const head = (from: string, subject: string, extra = '') =>
  `From: ${from}\r\nTo: support@desk.test\r\nSubject: ${subject}\r\nDate: Fri, 20 Nov 2026 10:00:00 +0000\r\nMessage-ID: <${uniqueMessageId('hostile')}>\r\n${extra}MIME-Version: 1.0\r\n`;

/** A text/html-only mail of `bytes` of `<div><b><i>`, never closed: the shape that froze the server at 1 MB and 13.7 MB. */
export function nestedHtmlMail(from: string, bytes: number, subject = 'Nested HTML'): Buffer {
  return Buffer.from(`${head(from, subject)}Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>${'<div><b><i>'.repeat(Math.ceil(bytes / 11))}deep text</body></html>\r\n`);
}

/** `depth` multipart/mixed parts each inside the last (beyond the MIME parser's limit of child nodes). */
export function nestedMultipartMail(from: string, depth: number, subject = 'Nested multipart'): Buffer {
  let body = '';
  for (let i = 0; i < depth; i++) body += `--b${i}\r\nContent-Type: multipart/mixed; boundary="b${i + 1}"\r\n\r\n`;
  return Buffer.from(`${head(from, subject)}Content-Type: multipart/mixed; boundary="b0"\r\n\r\n${body}--b${depth}\r\nContent-Type: text/plain\r\n\r\nhi\r\n`);
}

/** One header line of `bytes` (beyond the MIME parser's header limit). */
export function hugeHeaderMail(from: string, bytes: number, subject = 'Huge header'): Buffer {
  return Buffer.from(`${head(from, subject, `X-Pad: ${'a'.repeat(bytes)}\r\n`)}Content-Type: text/plain\r\n\r\nhello\r\n`);
}

/** `count` small header lines. */
export function manyHeadersMail(from: string, count: number, subject = 'Many headers'): Buffer {
  return Buffer.from(`${head(from, subject, 'X-Pad: a\r\n'.repeat(count))}Content-Type: text/plain\r\n\r\nhello\r\n`);
}
