import { startTransition, useEffect, useState, type ComponentProps } from 'react';
import { whenPainted } from '@/lib/after-first-paint';
import { importPatiently } from '@/lib/import-patiently';
import { lazyCode } from '@/lib/lazy-code';
import { useLazyCode } from '@/lib/use-lazy-code';
import type { TestChat } from './test-chat';

// Pure: a host that never renders the chat drops it, and its chunk, from its bundle.
const testChat = /* @__PURE__ */ lazyCode(() =>
  importPatiently(() => import('./test-chat')).then((m) => m.TestChat),
);

/**
 * The test chat as the package ships it: its words, canned replies and spend logic load once the
 * page around it has painted, not in the first JavaScript every page pays for, and not in the way
 * of that first paint. It shows in the first render after its code arrives (no Suspense hold).
 */
export function LazyTestChat(props: ComponentProps<typeof TestChat>) {
  const [painted, setPainted] = useState(false);
  // Its code is asked for here, not while rendering: asking (Vite's preload of its imports, a
  // look through the page's links) costs a few milliseconds that need not be in the render. A
  // transition: the chat is built in slices, never in one long task.
  useEffect(
    () =>
      whenPainted(() => {
        void testChat.load();
        startTransition(() => setPainted(true));
      }),
    [],
  );
  const { value: Body } = useLazyCode(testChat, painted);
  return Body ? <Body {...props} /> : null;
}
