import { Suspense } from 'react';
import { parse } from 'regexparam';
import { matchRoute, useLocation, Route, Switch } from 'wouter';
import { usePrefetchBillingPage } from '@/index';
import { lazyRoute, PageLoading, type LazyRoute } from './lazy-route';
import { ROUTES } from './paths';
import { RouteErrorBoundary } from './route-error-boundary';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';

// Settings pages load their code only when opened: they are not in the app's first JavaScript.
const ActivationRulesRoute = lazyRoute(() =>
  import('./routes/activation-rules').then((m) => m.ActivationRulesRoute),
);
const BillingPageCode = lazyRoute(() => import('./routes/billing').then((m) => m.BillingRoute));

function BillingRoute() {
  // The page's queries start in the same moment as its code, not once it has arrived and
  // rendered: one wait instead of two.
  usePrefetchBillingPage();
  return <BillingPageCode />;
}

/**
 * The page at `path` when it is one that fetches its code when opened (see main.tsx), matched by
 * the router's own matcher with its default parser (regexparam), as the routes below match it.
 */
export function lazyRouteAt(path: string): LazyRoute | undefined {
  if (matchRoute(parse, ROUTES.billing, path)[0]) return BillingPageCode;
  if (matchRoute(parse, ROUTES.activationRules, path)[0]) return ActivationRulesRoute;
  return undefined;
}

/** The app's pages inside its frame. Which location it reads is up to the `<Router>` around it. */
export function AppRoutes() {
  const [location] = useLocation();
  return (
    <RootLayout>
      <RouteErrorBoundary resetKey={location}>
        <Suspense fallback={<PageLoading />}>
          <Switch>
            <Route path={ROUTES.home} component={HomeRoute} />
            <Route path={ROUTES.billing} component={BillingRoute} />
            <Route path={ROUTES.activationRules} component={ActivationRulesRoute} />
            <Route component={NotFoundRoute} />
          </Switch>
        </Suspense>
      </RouteErrorBoundary>
    </RootLayout>
  );
}
