import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { CreditsGauge } from '@/features/credits/components/credits-gauge';
import { ROUTES } from '../paths';
import './root-layout.css';

function NavItem({ href, children }: { href: string; children: ReactNode }) {
  const [active] = useRoute(href);
  return (
    <li>
      <Link href={href} aria-current={active ? 'page' : undefined}>
        {children}
      </Link>
    </li>
  );
}

/** The app's frame: the sidebar (navigation and the credits gauge) and the main area. */
export function RootLayout({ children }: { children: ReactNode }) {
  return (
    <div data-slot="app-shell">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <aside data-slot="sidebar" aria-label="Sidebar">
        <p data-slot="brand">Inrō</p>
        <nav aria-label="Main">
          <ul>
            <NavItem href={ROUTES.home}>Home</NavItem>
            <NavItem href={ROUTES.activationRules}>Activation rules</NavItem>
            <NavItem href={ROUTES.billing}>Billing</NavItem>
          </ul>
        </nav>
        <div data-slot="sidebar-footer">
          <CreditsGauge billingHref={ROUTES.billing} />
        </div>
      </aside>
      <main id="main" data-slot="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
