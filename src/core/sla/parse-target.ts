import { DomainError } from '../errors.js';
import type { Target } from './targets.js';

const ORDINALS: Record<string, number> = { next: 1, first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3 };

const UNITS: Array<[RegExp, 'minutes' | 'hours' | 'days']> = [
  [/^(m|min|mins|minutes?|minutos?|λεπτά)$/, 'minutes'],
  [/^(h|hrs?|hours?|horas?|working hours?|business hours?|εργάσιμες ώρες|εργάσιμη ώρα|ώρες|ώρα)$/, 'hours'],
  [/^(d|days?|d[ií]as?|working days?|business days?|εργάσιμες ημέρες|εργάσιμη ημέρα|ημέρες|ημέρα)$/, 'days'],
];

function fail(text: string): never {
  throw new DomainError('INVALID_TARGET', `Cannot read the target ${JSON.stringify(text)}`, {
    text,
    expected: ['8 h', '3 d', '> 5 d', '< 30 d', '4 working hours', '3 working days', 'end of next working day', 'after estimate'],
  });
}

/**
 * Parses the seeds' target notation (R-T3) into a Target, for the presets
 * importer: "8 h", "3 d", "> 5 d" (indicative), "< 30 d" (commitment),
 * "4 working hours", "3 working days", "end of next working day",
 * "end of the 2nd working day", "after estimate"; also the Spanish ("8 horas",
 * "3 días") and Greek ("Μέχρι το τέλος της επόμενης εργάσιμης ημέρας",
 * "Μετά από εκτίμηση", "4 εργάσιμες ώρες") wordings of seeds 001 and 002.
 * Throws DomainError INVALID_TARGET with the accepted forms in details.
 */
export function parseTarget(text: string): Target {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^(after|upon) (an )?estimate$|^μετά από εκτίμηση$/.test(s)) return { kind: 'estimate', indicative: false };
  if (/^μέχρι το τέλος της επόμενης εργάσιμης ημέρας$/.test(s)) return { kind: 'end_of_nth_working_day', n: 1, indicative: false };
  const end = /^(?:by )?(?:the )?end of (?:the )?(next|first|second|third|1st|2nd|3rd|\d+(?:st|nd|rd|th)?)(?: next)? working day$/.exec(s);
  if (end) return { kind: 'end_of_nth_working_day', n: ORDINALS[end[1]!] ?? parseInt(end[1]!, 10), indicative: false };
  const m = /^(?:(?:within|in|στις) )?(?:(?:the )?next |επόμενες )?([<>])? ?(\d+(?:[.,]\d+)?) ?(.+)$/.exec(s);
  if (!m) fail(text);
  const value = Number(m[2]!.replace(',', '.'));
  const unit = UNITS.find(([re]) => re.test(m[3]!))?.[1];
  if (!unit || !(value > 0)) fail(text);
  const indicative = m[1] === '>';
  if (unit === 'days') {
    if (!Number.isInteger(value)) fail(text);
    return { kind: 'business_days', days: value, indicative };
  }
  const minutes = unit === 'hours' ? value * 60 : value;
  if (!Number.isInteger(minutes)) fail(text);
  return { kind: 'business_minutes', minutes, indicative };
}
