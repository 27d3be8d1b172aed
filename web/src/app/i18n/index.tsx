import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { enUS } from './en-US.ts';
import { type MessageKey, type Messages, zhCN } from './zh-CN.ts';

export type Locale = 'zh-CN' | 'en-US';
export type { MessageKey };

/** A bilingual label as used by the shared catalogs (ORG_KINDS, ROLES, REGION_LEVEL_LABELS …). */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

const STORAGE_KEY = 'ipp.locale';
const DICTIONARIES: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** Picks the label of the current locale from a shared catalog entry. */
  pick: (label: Bilingual) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

function readStoredLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or disabled storage: the choice simply does not persist.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = DICTIONARIES[locale]['app.name'];
  }, [locale]);

  const value = useMemo<I18nValue>(() => {
    const dict = DICTIONARIES[locale];
    return {
      locale,
      setLocale,
      t: (key, vars) => interpolate(dict[key], vars),
      pick: (label) => (locale === 'en-US' ? label.en : label.zh),
    };
  }, [locale, setLocale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
