import { lazy, Suspense, type ComponentProps } from 'react';

// Pure: a host that never renders the chat drops it, and its chunk, from its bundle.
const TestChatBody = /* @__PURE__ */ lazy(() =>
  import('./test-chat').then((m) => ({ default: m.TestChat })),
);

/**
 * The test chat as the package ships it: its words, canned replies and spend logic load when it
 * first renders, beside the page around it, not in the first JavaScript every page pays for.
 */
export function LazyTestChat(props: ComponentProps<typeof TestChatBody>) {
  return (
    <Suspense fallback={null}>
      <TestChatBody {...props} />
    </Suspense>
  );
}
