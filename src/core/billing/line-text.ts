import type { Activity } from './billing-units.js';
import { formatDate, type BillingLocale } from './format-money.js';
import type { ChargeKind } from './pricing.js';

const KIND: Record<ChargeKind, Record<BillingLocale, string>> = {
  activation: { en: 'Contract activation', es: 'Activación del contrato', el: 'Ενεργοποίηση συμβολαίου' },
  retroactive: { en: 'Retroactive activation', es: 'Activación retroactiva', el: 'Αναδρομική ενεργοποίηση' },
  renewal: { en: 'Contract renewal', es: 'Renovación del contrato', el: 'Ανανέωση συμβολαίου' },
  adjustment: { en: 'Price adjustment', es: 'Ajuste de precio', el: 'Αναπροσαρμογή τιμήματος' },
};

const ACTIVITY: Record<Activity, Record<BillingLocale, string>> = {
  communication: { en: 'Communication', es: 'Comunicación', el: 'Επικοινωνία' },
  identification: { en: 'Problem identification', es: 'Identificación del problema', el: 'Εντοπισμός προβλήματος' },
  configuration: { en: 'Configuration', es: 'Configuración', el: 'Παραμετροποίηση' },
  administration: { en: 'Administration', es: 'Administración', el: 'Διαχείριση' },
  testing: { en: 'Testing', es: 'Pruebas', el: 'Έλεγχος' },
  implementation: { en: 'Implementation', es: 'Implementación', el: 'Υλοποίηση' },
};

/** An activity's name in the reader's language. */
export function activityName(a: Activity, locale: BillingLocale): string {
  return ACTIVITY[a][locale];
}

/** "Contract renewal (REF): 12/12 of the yearly price, 1 Jan 2027 – 31 Dec 2027". */
export function chargeText(c: { kind: ChargeKind; reference: string; months: number; periodStart: string; periodEnd: string }, locale: BillingLocale): string {
  const ref = c.reference ? ` (${c.reference})` : '';
  const span = `${formatDate(c.periodStart, locale)} – ${formatDate(c.periodEnd, locale)}`;
  const of = { en: 'of the yearly price', es: 'del precio anual', el: 'του ετήσιου τιμήματος' }[locale];
  return `${KIND[c.kind][locale]}${ref}: ${c.months}/12 ${of}, ${span}`;
}

export function bundleText(b: { tickets: number; reference: string }, locale: BillingLocale): string {
  const ref = b.reference ? ` (${b.reference})` : '';
  return { en: `Ticket bundle${ref}: ${b.tickets} tickets`, es: `Paquete de tickets${ref}: ${b.tickets} tickets`, el: `Πακέτο αιτημάτων${ref}: ${b.tickets} αιτήματα` }[locale];
}

export function overageText(t: { number: number; subject: string }, locale: BillingLocale): string {
  return { en: `Ticket beyond the allowance #${t.number}: ${t.subject}`, es: `Ticket fuera del cupo #${t.number}: ${t.subject}`, el: `Αίτημα πέραν του ορίου #${t.number}: ${t.subject}` }[locale];
}

export function timeText(t: { number: number; subject: string; activity: Activity }, locale: BillingLocale): string {
  return `#${t.number} ${t.subject} — ${activityName(t.activity, locale)}`;
}
