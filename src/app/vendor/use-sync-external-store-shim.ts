// wouter imports the `use-sync-external-store` shim, written for React 16 and 17. React 19 has the
// hook itself; the app's build points the shim here so its fallback code is not shipped.
export { useSyncExternalStore } from 'react';
