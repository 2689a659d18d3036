import { lazy, Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { ROUTES } from './paths';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';
import { RouteErrorBoundary } from './route-error-boundary';
import { appCopy } from './copy';

// Settings pages load their code only when opened: they are not in the app's first JavaScript.
const BillingRoute = lazy(() =>
  import('./routes/billing').then((m) => ({ default: m.BillingRoute })),
);
const ActivationRulesRoute = lazy(() =>
  import('./routes/activation-rules').then((m) => ({ default: m.ActivationRulesRoute })),
);

/** The app's pages inside its frame. Which location it reads is up to the `<Router>` around it. */
export function AppRoutes() {
  const [location] = useLocation();
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
