import type { ComponentProps } from 'react';
import { lazyCode } from '@/lib/scheduling/lazy-code';
import { useAfterFirstPaint } from '@/lib/scheduling/use-after-first-paint';
import { useLazyCode } from '@/lib/scheduling/use-lazy-code';
import type { TestChat } from './test-chat';

// Pure: a host that never renders the chat drops it, and its chunk, from its bundle.
const testChat = /* @__PURE__ */ lazyCode(() => import('./test-chat').then((m) => m.TestChat));

/**
 * The test chat as the package ships it: its words, canned replies and spend logic load once the
 * page around it has painted, not in the first JavaScript every page pays for, and not in the way
 * of that first paint.
 */
export function LazyTestChat(props: ComponentProps<typeof TestChat>) {
  const { value: Body } = useLazyCode(testChat, useAfterFirstPaint());
  return Body ? <Body {...props} /> : null;
}
