/**
 * The words of the app's frame and its own pages, in English (the source every locale
 * translates). The package's components bring their own.
 */
export const en = () => ({
  /** The product's name: a brand, the same in every locale unless a market calls it otherwise. */
  brand: 'Inrō',
  /** The browser tab's title. */
  documentTitle: 'Inrō · AI Agent',
  skipToContent: 'Skip to content',
  sidebar: 'Sidebar',
  mainNav: 'Main',
  nav: { home: 'Home', activationRules: 'Activation rules', billing: 'Billing' },
  collapseSidebar: 'Collapse sidebar',
  expandSidebar: 'Expand sidebar',
  loadingPage: 'Loading…',
  /** The language menu; each language is named in its own words, from Intl. */
  language: {
    label: 'Language',
    /** Follows the browser's preferred languages. */
    automatic: 'Automatic',
    pseudoAccented: 'Pseudo-locale: accented and longer',
    pseudoRtl: 'Pseudo-locale: right to left',
  },
  home: {
    title: 'Your AI Agent',
    introPro: 'You are on Pro: AI replies are included with no limits.',
    introFree:
      'The agent answers your Instagram DMs. On the Free plan each AI action uses one credit from your balance.',
  },
  activationRules: { title: 'Activation rules' },
  notFound: {
    title: 'Page not found',
    body: 'There is nothing at this address.',
    home: 'Go to the home page',
  },
  pageUnavailable: {
    title: 'This page did not load',
    body: 'Check your connection, then try again.',
    action: 'Try again',
  },
  pageCrashed: {
    title: 'This page could not be shown',
    body: 'Something went wrong on our side. Your credits and settings are not affected.',
    action: 'Reload the page',
  },
  /** When the app cannot start at all: in practice the mock backend, the only thing it awaits. */
  startup: {
    title: 'The app could not start',
    body: 'Something stopped it while starting, such as an unknown mock scenario in the address. The browser console has the details.',
    openPlain: 'Open the app without the options in its address',
    unknownScenario: (requested: string, known: string) =>
      `There is no mock scenario “${requested}”. The scenarios are: ${known}.`,
  },
});

export type AppMessages = ReturnType<typeof en>;
