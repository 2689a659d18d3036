'use client';

import { CreditsProvider, type LinkComponent } from 'inro-ai-credits';
import { useMemo, type ReactNode } from 'react';

/** Every request to the credit API with the merchant's token, the live stream included. */
function bearerFetch(token: string): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
}

/**
 * CreditsProvider with Acme's auth on the browser's side. The server layout passes what can cross
 * to the browser (the address, the token, a client component); the fetch is made here, once per
 * token: a new function on every render would reopen the live stream.
 */
export function AcmeCreditsProvider({
  token,
  ...props
}: {
  baseUrl: string;
  token: string | undefined;
  linkComponent: LinkComponent;
  children: ReactNode;
}) {
  const fetchWithToken = useMemo(() => (token ? bearerFetch(token) : undefined), [token]);
  return <CreditsProvider {...props} fetch={fetchWithToken} />;
}
