import type { TFunction } from 'i18next';

/** A plan service code in the reader's language; codes the UI does not know are shown humanized. */
export function serviceLabel(t: TFunction, code: string): string {
  return t(`services.${code}`, { defaultValue: code.charAt(0).toUpperCase() + code.slice(1).replace(/_/g, ' ') });
}
