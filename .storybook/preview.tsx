import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import type { RequestHandler } from 'msw';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { useLayoutEffect, useState, type ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { RouterLink } from '../src/app/app';
import type { ScenarioName } from '../src/contract/qa';
import { CreditsProvider, PSEUDO_ACCENTED, PSEUDO_RTL, useLocale } from '../src/index';
import { createMemoryBackend } from '../src/mocks/memory-backend';
import { useStoryLocale } from './story-locale';
import '../src/styles/global.css';

declare module '@storybook/react-vite' {
  interface Parameters {
    /** The mock backend's starting point for this story: the same scenarios as the app and e2e. */
    scenario?: ScenarioName;
    /** Per-story handlers that win over the mock backend (errors, latency, odd payloads). */
    overrides?: RequestHandler[];
    /** The address the story's router starts at. */
    route?: string;
  }
}

const startWorker = mswLoader();

/**
 * Each story gets its own in-memory mock backend at its scenario, with its overrides on top.
 * msw-storybook-addon's loader starts the worker and resets its handlers first (loaders run in
 * parallel, so it is awaited here rather than listed beside this one).
 */
const mockBackendLoader: NonNullable<Preview['loaders']> = async (context) => {
  await startWorker(context);
  const { handlers } = createMemoryBackend(context.parameters.scenario ?? 'new-free');
  context.msw.use(...handlers);
  // `use` prepends, so the overrides, added last, are matched first.
  if (context.parameters.overrides?.length) context.msw.use(...context.parameters.overrides);
  return {};
};

/**
 * The page's `lang` and `dir` follow the locale on screen, as a host's page should: the provider's
 * own answer, which changes when the new locale's words are in, not when it is asked for.
 */
function PageLanguage() {
  const { locale, dir } = useLocale();
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }, [locale, dir]);
  return null;
}

/** A fresh query cache and router per story, so no state leaks between stories. */
function StoryApp({
  route,
  locale,
  children,
}: {
  route: string;
  locale: string;
  children: ReactNode;
}) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } }),
  );
  const [location] = useState(() => memoryLocation({ path: route, record: true }));
  const shownLocale = useStoryLocale(locale);
  return (
    // Not shared across tabs: each story has a mock backend of its own, and stories run side by
    // side in frames of one origin, where a shared connection would carry another story's events.
    <CreditsProvider
      queryClient={queryClient}
      linkComponent={RouterLink}
      shareLiveAcrossTabs={false}
      locale={shownLocale}
    >
      <PageLanguage />
      <Router hook={location.hook}>{children}</Router>
    </CreditsProvider>
  );
}

/** The locale switch drives the provider's `locale`, as a host does. */
const withApp: Decorator = (Story, { parameters, globals, id }) => (
  <StoryApp key={id} route={parameters.route ?? '/'} locale={String(globals.locale ?? 'en')}>
    <Story />
  </StoryApp>
);

/** The theme switch: the same data attribute the app's tokens (src/styles/tokens.css) key on. */
const withTheme: Decorator = (Story, { globals }) => {
  document.documentElement.dataset.theme = globals.theme === 'dark' ? 'dark' : 'light';
  return <Story />;
};

const preview: Preview = {
  // A docs page per component: its description, a controls table from its props, every state.
  tags: ['autodocs'],
  loaders: [mockBackendLoader],
  decorators: [withApp, withTheme],
  initialGlobals: { theme: 'light', locale: 'en' },
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
          // For QA and designers: untranslated words and clipping show at a glance.
          { value: PSEUDO_ACCENTED, title: 'Pseudo accented', right: PSEUDO_ACCENTED },
          // For QA and designers: every component laid out right to left.
          { value: PSEUDO_RTL, title: 'Pseudo RTL', right: PSEUDO_RTL },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    // An axe violation fails the story's test instead of only showing in the panel.
    a11y: { test: 'error' },
    layout: 'padded',
    backgrounds: { disable: true },
    viewport: {
      options: {
        phone: { name: 'Phone', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        tablet: { name: 'Tablet', styles: { width: '834px', height: '1112px' }, type: 'tablet' },
        desktop: { name: 'Desktop', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    options: {
      storySort: { order: ['Foundations', 'Components', 'Features', 'Pages', '*'] },
    },
  },
};

export default preview;
