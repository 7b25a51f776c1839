import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';

export const LANGUAGES = ['en', 'es', 'el'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, so anyone can find theirs whatever the UI language. */
export const NATIVE_NAME: Record<Language, string> = { en: 'English', es: 'Español', el: 'Ελληνικά' };

const STORAGE_KEY = 'coverdesk.language';

// English (the fallback) is in the initial bundle; Spanish and Greek load when first used (bundle budget).
const LAZY: Record<Exclude<Language, 'en'>, () => Promise<{ default: Record<string, unknown> }>> = {
  es: () => import('./es.json'),
  el: () => import('./el.json'),
};

async function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'en' || i18next.hasResourceBundle(lang, 'translation')) return;
  const { default: resources } = await LAZY[lang]();
  i18next.addResourceBundle(lang, 'translation', resources, true, true);
}

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

/** Before sign-in: the last language picked on this device, else the browser's. */
function initialLanguage(): Language {
  const saved = safeStorage()?.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Where a signed-in person's own pick from the switcher is remembered on this device. */
export function personalLanguageKey(person: { kind: string; id: string }): string {
  return `${STORAGE_KEY}.${person.kind}:${person.id}`;
}

/**
 * The language for a signed-in person: their own pick on this device when
 * they made one, else the locale their account carries (set by an admin).
 */
export function languageFor(person: { kind: string; id: string; locale: string }): Language {
  const picked = safeStorage()?.getItem(personalLanguageKey(person));
  if (isLanguage(picked)) return picked;
  return isLanguage(person.locale) ? person.locale : 'en';
}

/** Switches the UI language, remembers it on this device (and for the person, when given) and sets <html lang>. */
export async function setLanguage(lang: Language, person?: { kind: string; id: string }): Promise<void> {
  safeStorage()?.setItem(STORAGE_KEY, lang);
  if (person) safeStorage()?.setItem(personalLanguageKey(person), lang);
  document.documentElement.lang = lang;
  await loadLanguage(lang);
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

export async function initI18n(): Promise<void> {
  const lng = initialLanguage();
  document.documentElement.lang = lng;
  const initial = lng === 'en' ? {} : { [lng]: { translation: (await LAZY[lng]()).default } };
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ...initial },
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
