/**
 * The one CSV writer (invoices, the customer's ticket export; issue 15 item 9).
 * Safe against formula injection (OWASP "CSV injection"): a text cell that a
 * spreadsheet would run as a formula — starting with =, +, -, @, tab or
 * carriage return — gets a leading single quote; then RFC 4180 quoting when it
 * holds a comma, quote or line break. A cell given as a JS number is written
 * as a plain number (e.g. -1500 for a credit), since Coverdesk produced it: a
 * negative number is never quoted, negative-looking text always is.
 * Hand-written on purpose: quoting is one line, and the CSV libraries
 * (csv-stringify, papaparse) leave formula injection to the caller anyway.
 */
export type CsvValue = string | number | null;

export function csvCell(value: CsvValue): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('CSV numbers are finite');
    return String(value);
  }
  let s = value ?? '';
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record with CRLF. */
export function csvRow(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
