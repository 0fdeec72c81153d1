// Language state for the whole app: the chosen language persists in localStorage, drives <html lang>, the
// document title and antd's own texts, and t() looks keys up in the typed catalogs.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import type { MessageKey } from './zh-CN.ts';
import { DEFAULT_LANGUAGE, isLanguage, messagesFor } from './languages.ts';
import type { Language } from './languages.ts';
import { theme } from '../theme.ts';
import { ANTD_LOCALES } from './antdLocales.ts';

export type { Language };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const STORAGE_KEY = 'hukou.language';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (privacy modes); the default language still works.
    return DEFAULT_LANGUAGE;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisting is acceptable; the switch still applies to this page.
    }
  }, []);

  const t = useCallback<Translate>(
    (key, params) => {
      const text = messagesFor(language)[key];
      return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
    },
    [language],
  );

  useEffect(() => {
    // Screen readers, hyphenation and CJK font selection all follow the lang attribute.
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  const value = useMemo(() => ({ language, setLanguage, t }), [language, setLanguage, t]);
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={ANTD_LOCALES[language]} theme={theme}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}
