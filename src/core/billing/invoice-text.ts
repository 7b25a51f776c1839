import type { BillingLocale } from './format-money.js';
import { formatHours } from './format-money.js';
import type { LineUnit } from './invoice-lines.js';

type Labels = Record<'invoice' | 'credit_note' | 'draft' | 'number' | 'issueDate' | 'period' | 'customer' | 'description' | 'quantity' | 'unitPrice' | 'amount' | 'total' | 'credits' | 'reason' | 'perYear' | 'perHour', string>;

const LABELS: Record<BillingLocale, Labels> = {
  en: { invoice: 'Invoice', credit_note: 'Credit note', draft: 'DRAFT — not a valid invoice', number: 'Number', issueDate: 'Issue date', period: 'Period', customer: 'Customer', description: 'Description', quantity: 'Quantity', unitPrice: 'Unit price', amount: 'Amount', total: 'Total', credits: 'Credits invoice', reason: 'Reason', perYear: '/year', perHour: '/h' },
  es: { invoice: 'Factura', credit_note: 'Factura rectificativa', draft: 'BORRADOR — no es una factura válida', number: 'Número', issueDate: 'Fecha de emisión', period: 'Periodo', customer: 'Cliente', description: 'Concepto', quantity: 'Cantidad', unitPrice: 'Precio unitario', amount: 'Importe', total: 'Total', credits: 'Rectifica la factura', reason: 'Motivo', perYear: '/año', perHour: '/h' },
  el: { invoice: 'Τιμολόγιο', credit_note: 'Πιστωτικό τιμολόγιο', draft: 'ΠΡΟΣΧΕΔΙΟ — όχι έγκυρο τιμολόγιο', number: 'Αριθμός', issueDate: 'Ημερομηνία έκδοσης', period: 'Περίοδος', customer: 'Πελάτης', description: 'Περιγραφή', quantity: 'Ποσότητα', unitPrice: 'Τιμή μονάδας', amount: 'Ποσό', total: 'Σύνολο', credits: 'Πιστώνει το τιμολόγιο', reason: 'Αιτία', perYear: '/έτος', perHour: '/ώρα' },
};

/** Printed labels of an invoice in the customer's language. */
export function invoiceLabels(locale: BillingLocale): Labels {
  return LABELS[locale];
}

/** A line's quantity as printed: months "8/12", minutes as hours "1.25 h" (es "1,25 h"), counts as is. */
export function formatQuantity(quantity: number, unit: LineUnit, locale: BillingLocale): string {
  if (unit === 'month') return `${quantity}/12`;
  if (unit === 'minute') return `${formatHours(quantity, locale)} h`;
  return String(quantity);
}

/** The unit price suffix: a yearly price for months, an hourly rate for minutes. */
export function unitPriceSuffix(unit: LineUnit, locale: BillingLocale): string {
  return unit === 'month' ? LABELS[locale].perYear : unit === 'minute' ? LABELS[locale].perHour : '';
}
