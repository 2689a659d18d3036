'use client';

import type { LinkProps } from 'inro-ai-credits';
import Link from 'next/link';

/**
 * The components' links through Next's router (no page load). A client component: the server
 * layout can hand it to the provider as a prop, where a function could not cross to the browser.
 */
export function CreditsLink(props: LinkProps) {
  return <Link {...props} />;
}
