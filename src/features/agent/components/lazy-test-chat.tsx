import { lazy, startTransition, Suspense, useEffect, useState, type ComponentProps } from 'react';
import { whenPainted } from '@/lib/after-first-paint';
import { importPatiently } from '@/lib/import-patiently';

// Pure: a host that never renders the chat drops it, and its chunk, from its bundle.
const TestChatBody = /* @__PURE__ */ lazy(() =>
  importPatiently(() => import('./test-chat')).then((m) => ({ default: m.TestChat })),
);

/**
 * The test chat as the package ships it: its words, canned replies and spend logic load once the
 * page around it has painted, not in the first JavaScript every page pays for, and not in the way
 * of that first paint.
 */
export function LazyTestChat(props: ComponentProps<typeof TestChatBody>) {
  const [painted, setPainted] = useState(false);
  // A transition: the chat is built in slices, never in one long task.
  useEffect(() => whenPainted(() => startTransition(() => setPainted(true))), []);
  return painted ? (
    <Suspense fallback={null}>
      <TestChatBody {...props} />
    </Suspense>
  ) : null;
}
