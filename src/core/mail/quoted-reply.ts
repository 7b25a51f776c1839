/**
 * The new text of an emailed reply: the quoted history below it is dropped, so
 * a ticket does not repeat the whole thread in every message. Pure, and
 * conservative: when no separator is found, the whole text is kept.
 */
const SEPARATORS = [
  /^On .{1,200} wrote:$/, // Gmail, Apple Mail, Thunderbird (en)
  /^El .{1,200} escribió:$/, // es
  /^Στις .{1,200} έγραψε:$/, // el
  /^-{2,}\s*(Original Message|Mensaje original|Αρχικό μήνυμα)\s*-{2,}$/i,
  /^_{10,}$/, // Outlook's rule above From:/Sent:
  /^(From|De|Από): .+$/, // Outlook without a rule
];

export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (SEPARATORS.some((re) => re.test(line)) && i > 0) {
      end = i;
      break;
    }
  }
  const kept = lines.slice(0, end);
  // Trailing quoted block ("> ...") with nothing new after it.
  while (kept.length && (kept[kept.length - 1]!.trim() === '' || kept[kept.length - 1]!.startsWith('>'))) kept.pop();
  const out = kept.join('\n').trim();
  return out || text.trim();
}
