/** The words of the app's frame and its own pages (features keep theirs in their copy.ts). */
export const appCopy = {
  skipToContent: 'Skip to content',
  sidebar: 'Sidebar',
  mainNav: 'Main',
  nav: { home: 'Home', activationRules: 'Activation rules', billing: 'Billing' },
  collapseSidebar: 'Collapse sidebar',
  expandSidebar: 'Expand sidebar',
  loadingPage: 'Loading…',
  home: {
    title: 'Your AI Agent',
    introPro: 'You are on Pro: AI replies are included with no limits.',
    introFree:
      'The agent answers your Instagram DMs. On the Free plan each AI action uses one credit from your balance.',
  },
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
};
