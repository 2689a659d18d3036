import { createContext, use } from 'react';

/**
 * Where this tab's live updates come from:
 * - `this-tab`: it holds the connection and relays each event to the other tabs;
 * - `another-tab`: it hears the events from the tab that holds the connection;
 * - `own`: it holds a connection of its own (sharing is off, or the browser cannot share);
 * - `none`: no live connection (none yet, none configured, or the page is frozen).
 */
export type LiveConnection = 'this-tab' | 'another-tab' | 'own' | 'none';

export const LiveConnectionContext = createContext<LiveConnection>('none');

/** Where this tab's live updates come from (see LiveConnection): for QA tools and diagnostics. */
export function useLiveConnection(): LiveConnection {
  return use(LiveConnectionContext);
}
