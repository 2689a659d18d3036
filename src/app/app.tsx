import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { CreditsProvider, type LinkComponent, type LiveChannel } from '@/index';
import { DocumentLanguage } from './document-language';
import { AppRoutes } from './router';
import { shownLanguage, useShellStore } from './shell-store';

/** Where the API lives, fixed at build time (VITE_API_BASE_URL); '' is this page's origin. */
const API_BASE_URL = import.meta.env.VITE_API_BASE_URL ?? '';

/** The components' links go through the app's router, so moving between pages keeps the cache. */
export const RouterLink: LinkComponent = Link;

/**
 * `extras`: what the entry mounts beside the routes (the QA panel, when the mock is on);
 * `live`: the channel of live events the entry chose (the API's server-sent events by default).
 */
export function App({ extras, live }: { extras?: ReactNode; live?: LiveChannel | undefined }) {
  const language = useShellStore(shownLanguage);
  return (
    <CreditsProvider
      baseUrl={API_BASE_URL}
      live={live}
      linkComponent={RouterLink}
      locale={language ?? undefined}
    >
      <DocumentLanguage />
      <AppRoutes />
      {extras}
    </CreditsProvider>
  );
}
