import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { prefetchBillingPage } from '@/index';
import { appCopy } from './copy';
import { ROUTES } from './paths';
import { RouteErrorBoundary } from './route-error-boundary';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';

// Settings pages load their code only when opened: they are not in the app's first JavaScript.
const ActivationRulesRoute = lazy(() =>
  import('./routes/activation-rules').then((m) => ({ default: m.ActivationRulesRoute })),
);

/** The app's pages inside its frame. Which location it reads is up to the `<Router>` around it. */
export function AppRoutes() {
  const [location] = useLocation();
  const queryClient = useQueryClient();
  // The billing page's queries start in the same moment as its chunk, not once it has arrived
  // and rendered: one wait instead of two. Made once per query client, which the factory needs.
  const [BillingRoute] = useState(() =>
    lazy(() => {
      prefetchBillingPage(queryClient);
      return import('./routes/billing').then((m) => ({ default: m.BillingRoute }));
    }),
  );
  return (
    <RootLayout>
      <RouteErrorBoundary resetKey={location}>
        <Suspense fallback={<p aria-busy="true">{appCopy.loadingPage}</p>}>
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
