import {
  createContext,
  createElement,
  use,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
} from 'react';

export type LinkProps = ComponentProps<'a'> & { href: string };

/**
 * How a link is drawn: a plain `<a>` by default (a full page load), or the host's router link
 * (client-side navigation), which receives `href` and every other anchor prop, `ref` included.
 */
export type LinkComponent = ComponentType<LinkProps>;

function PlainLink(props: LinkProps) {
  return <a {...props} />;
}

const LinkContext = createContext<LinkComponent>(PlainLink);

export function LinkComponentProvider({
  component,
  children,
}: {
  component: LinkComponent | undefined;
  children: ReactNode;
}) {
  return <LinkContext value={component ?? PlainLink}>{children}</LinkContext>;
}

/** A link to another page of the host app, through its router when it gave us its link. */
export function Link(props: LinkProps) {
  // The component comes from the provider, stable for the app's life: not one made in render.
  return createElement(use(LinkContext), props);
}
