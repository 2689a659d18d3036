import { useRef, useState } from 'react';
import type { Credits } from '@/contract/schemas';
import type { ActivationMode } from '@/domain/activation-modes';
import { useCredits } from '@/features/credits/api/use-credits';
import { lazyCode } from '@/lib/scheduling/lazy-code';
import { useLazyCode } from '@/lib/scheduling/use-lazy-code';
import { bannerStateOf } from '../activation-rules';
import { useRestoreActivationMode } from '../api/restore-activation-mode';
import { useAgent } from '../api/use-agent';
import type { BannerLinks } from './auto-disabled-banner-view';

// Most visits never see the banner: its view, words and restore action load only when the agent
// was auto-disabled, not with every page's first JavaScript.
// Pure: a host that never renders the banner drops it, and its chunk, from its bundle.
const bannerView = /* @__PURE__ */ lazyCode(() => import('./auto-disabled-banner-view'));

const planAndBalance = ({ plan, balance }: Credits) => ({ plan, balance });
const planOnly = ({ plan }: Credits) => ({ plan, balance: null });

/**
 * The banner at the top of every page while the system holds the agent on "Disable all replies".
 * Driven by the agent and credits queries; renders nothing when there is nothing to explain.
 */
export function AutoDisabledBanner({ billingHref, activationRulesHref }: BannerLinks) {
  const agent = useAgent();
  // The balance matters only while the banner shows; otherwise a spend must not re-render it.
  const credits = useCredits(agent.data?.autoDisabled ? planAndBalance : planOnly);
  const state = bannerStateOf(agent.data, credits.data);
  const restore = useRestoreActivationMode();
  // The mode turned back on, said once the banner is gone (in the locale of the moment).
  const [done, setDone] = useState<ActivationMode | null>(null);
  const slot = useRef<HTMLDivElement>(null);
  const { value: view } = useLazyCode(bannerView, state.kind !== 'hidden');

  return (
    <div ref={slot} data-slot="auto-disabled-banner-slot" tabIndex={-1}>
      {state.kind !== 'hidden' && view && (
        <view.ShownAutoDisabledBanner
          state={state}
          billingHref={billingHref}
          activationRulesHref={activationRulesHref}
          restoring={restore.isPending}
          restoreError={restore.error}
          onRestore={() => {
            if (state.kind !== 'can-restore') return;
            const { previousMode } = state;
            restore.mutate(undefined, {
              onSuccess: () => {
                setDone(previousMode);
                // The button that had focus is gone with the banner: keep the keyboard where it was.
                slot.current?.focus();
              },
            });
          }}
        />
      )}
      <p role="status" className="visually-hidden">
        {state.kind === 'hidden' && done && view ? <view.RestoredAnnouncement mode={done} /> : ''}
      </p>
    </div>
  );
}
