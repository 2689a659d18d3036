import { HydrationBoundary } from '@tanstack/react-query';
import { AutoDisabledBanner, CreditsGauge } from 'inro-ai-credits';
import { fetchCreditsState } from 'inro-ai-credits/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { creditsApi } from './credits-api';
import { CreditsLink } from './credits-link';
import { AcmeCreditsProvider } from './credits-provider';
import 'inro-ai-credits/styles.css';
import './host.css';

// Live data on every request: the credits are fetched as the page is rendered, never at build.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Acme Shop admin' };

const PAGES = { home: '/', billing: '/settings/billing', rules: '/settings/ai-agent' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { url, token } = creditsApi();
  // The credits and the agent, so the server's HTML already holds the gauge's number and the
  // billing page's plan; the browser does not ask for them again.
  const state = await fetchCreditsState({
    baseUrl: url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return (
    <html lang="en">
      <body>
        <AcmeCreditsProvider baseUrl={url} token={token} linkComponent={CreditsLink}>
          <HydrationBoundary state={state}>
            <div className="acme-shell">
              <nav className="acme-sidebar" aria-label="Acme admin">
                <p className="acme-brand">Acme Shop</p>
                <ul>
                  <li>
                    <Link href={PAGES.home}>Orders</Link>
                  </li>
                  <li>
                    <Link href={PAGES.billing}>Settings</Link>
                  </li>
                </ul>
                <div className="acme-sidebar-footer">
                  <CreditsGauge billingHref={PAGES.billing} />
                </div>
              </nav>
              <main className="acme-main">
                <AutoDisabledBanner billingHref={PAGES.billing} activationRulesHref={PAGES.rules} />
                {children}
              </main>
            </div>
          </HydrationBoundary>
        </AcmeCreditsProvider>
      </body>
    </html>
  );
}
