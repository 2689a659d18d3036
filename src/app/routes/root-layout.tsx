import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { AutoDisabledBanner, CreditsGauge, useMessages } from '@/index';
import { LanguagePicker } from '../language-picker';
import { appMessages } from '../messages';
import { ROUTES } from '../paths';
import { useShellStore } from '../shell-store';
import './root-layout.css';

function NavItem({ href, icon, children }: { href: string; icon: string; children: ReactNode }) {
  const [active] = useRoute(href);
  return (
    <li>
      <Link href={href} aria-current={active ? 'page' : undefined}>
        <span data-slot="nav-icon" aria-hidden="true">
          {icon}
        </span>
        <span data-slot="nav-label">{children}</span>
      </Link>
    </li>
  );
}

/** The app's frame: the sidebar (navigation and the credits gauge) and the main area. */
export function RootLayout({ children }: { children: ReactNode }) {
  const copy = useMessages(appMessages);
  const collapsed = useShellStore((state) => state.sidebarCollapsed);
  const toggleSidebar = useShellStore((state) => state.toggleSidebar);
  return (
    <div data-slot="app-shell" data-sidebar={collapsed ? 'collapsed' : 'expanded'}>
      <a href="#main" className="skip-link">
        {copy.skipToContent}
      </a>
      <aside data-slot="sidebar" aria-label={copy.sidebar}>
        <div data-slot="sidebar-header">
          <p data-slot="brand">{copy.brand}</p>
          <button
            type="button"
            data-slot="sidebar-toggle"
            aria-expanded={!collapsed}
            aria-controls="sidebar-content"
            onClick={toggleSidebar}
          >
            <span aria-hidden="true">{collapsed ? '»' : '«'}</span>
            <span className="visually-hidden">
              {collapsed ? copy.expandSidebar : copy.collapseSidebar}
            </span>
          </button>
        </div>
        <div id="sidebar-content" data-slot="sidebar-content">
          <nav aria-label={copy.mainNav}>
            <ul>
              <NavItem href={ROUTES.home} icon="⌂">
                {copy.nav.home}
              </NavItem>
              <NavItem href={ROUTES.activationRules} icon="⚙">
                {copy.nav.activationRules}
              </NavItem>
              <NavItem href={ROUTES.billing} icon="◈">
                {copy.nav.billing}
              </NavItem>
            </ul>
          </nav>
          <div data-slot="sidebar-footer">
            <CreditsGauge billingHref={ROUTES.billing} compact={collapsed} />
            {!collapsed && <LanguagePicker />}
          </div>
        </div>
      </aside>
      <main id="main" data-slot="main" tabIndex={-1}>
        <AutoDisabledBanner
          billingHref={ROUTES.billing}
          activationRulesHref={ROUTES.activationRules}
        />
        {children}
      </main>
    </div>
  );
}
