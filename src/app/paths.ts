/** The app's addresses, written once. */
export const ROUTES = {
  home: '/',
  billing: '/settings/billing',
  activationRules: '/settings/activation-rules',
} as const;
