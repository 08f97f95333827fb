import i18next, { type i18n, type TOptions } from 'i18next';
import { en } from './en';
import { es } from './es';

// Every string the player sees, in English and Spanish, through i18next (interpolation, fallback
// to English for anything missing). One instance per caller, so the CLI and the UI do not share
// a language setting.

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Translate = (key: string, options?: TOptions) => string;

export interface Strings {
  readonly language: Language;
  readonly t: Translate;
  setLanguage(language: Language): void;
}

export function createStrings(language: Language = 'en'): Strings {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, es: { translation: es } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return {
    get language() {
      return instance.language as Language;
    },
    t: (key, options) => instance.t(key, options ?? {}) as string,
    setLanguage(next) {
      void instance.changeLanguage(next);
    },
  };
}

export { en, es };
