import { useEffect } from 'react';
import { useLocale, useMessages } from '@/index';
import { appMessages } from './messages';

/** The page says which language it is in and which way it writes, and has a title in it. */
export function DocumentLanguage() {
  const { locale, dir } = useLocale();
  const title = useMessages(appMessages).documentTitle;
  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dir = dir;
    document.title = title;
  }, [locale, dir, title]);
  return null;
}
