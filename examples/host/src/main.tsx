import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AutoDisabledBanner,
  BillingPage,
  CreditsGauge,
  CreditsProvider,
  type CreditsProviderProps,
} from 'inro-ai-credits';
import 'inro-ai-credits/styles.css';
import './host.css';

/** The credit API: the mock server in the tests, the real service in production. */
const API_URL = import.meta.env.VITE_CREDITS_API_URL ?? '';

/**
 * Acme's own auth: every request to the credit API carries its token, the live stream included.
 * (A real host would read its session here; the tests build the example with a fixed token.)
 * Defined once, outside any render: a new function on every render would reconnect the stream.
 */
const API_TOKEN = import.meta.env.VITE_CREDITS_API_TOKEN;
const acmeFetch: typeof fetch | undefined = API_TOKEN
  ? (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${API_TOKEN}`);
      return fetch(input, { ...init, headers });
    }
  : undefined;

/**
 * Acme's words where they differ from the package's, and a locale of its own (German, a chunk
 * loaded when chosen). Defined once, outside any render.
 */
const acmeMessages: CreditsProviderProps['messages'] = {
  en: () => ({ credits: { gaugeLabel: 'Acme AI credits' } }),
  de: (f) => import('./de').then(({ de }) => de(f)),
};

/** Acme's language: `?lang=fr` or `?lang=de`, else the browser's. */
const ACME_LOCALE = new URLSearchParams(window.location.search).get('lang') ?? undefined;

const PAGES = { home: '/', settings: '/settings/billing', rules: '/settings/ai-agent' };

function Shell({ children }: { children: ReactNode }) {
  const here = window.location.pathname;
  const link = (href: string, label: string) => (
    <a href={href} aria-current={here === href ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <div className="acme-shell">
      <nav className="acme-sidebar" aria-label="Acme admin">
        <p className="acme-brand">Acme Shop</p>
        <ul>
          <li>{link(PAGES.home, 'Orders')}</li>
          <li>{link(PAGES.settings, 'Settings')}</li>
        </ul>
        <div className="acme-sidebar-footer">
          <CreditsGauge billingHref={PAGES.settings} />
        </div>
      </nav>
      <main className="acme-main">
        <AutoDisabledBanner billingHref={PAGES.settings} activationRulesHref={PAGES.rules} />
        {children}
      </main>
    </div>
  );
}

function Page() {
  if (window.location.pathname === PAGES.settings) {
    return (
      <section aria-label="Acme settings" className="acme-settings">
        <p className="acme-crumb">Settings / Billing</p>
        <BillingPage />
      </section>
    );
  }
  return (
    <>
      <h1>Orders</h1>
      <p>Nothing to pack today.</p>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CreditsProvider
      baseUrl={API_URL}
      fetch={acmeFetch}
      locale={ACME_LOCALE}
      messages={acmeMessages}
    >
      <Shell>
        <Page />
      </Shell>
    </CreditsProvider>
  </StrictMode>,
);
