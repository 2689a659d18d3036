import { useEffect, useId, useState } from 'react';
import {
  Alert,
  AlertActions,
  AlertDescription,
  AlertTitle,
  type AlertLive,
} from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SILENT_MODE, type ActivationMode } from '@/domain/activation-modes';
import { commonMessages, errorReason } from '@/lib/i18n/common';
import { useFormats, useMessages } from '@/lib/i18n/locale-context';
import { Link } from '@/lib/link';
import { bannerMemoryKey, type BannerState } from '../activation-rules';
import { agentMessages } from '../messages';
import { useBannerMemory } from './banner-memory-store';
import { skippedSentence } from './banner-sentences';
import { useNow } from './use-now';
import './auto-disabled-banner.css';

export type ShownBannerState = Exclude<BannerState, { kind: 'hidden' }>;

export type RestoreStatus =
  { status: 'idle' } | { status: 'pending' } | { status: 'error'; message: string };

export interface BannerLinks {
  /** Settings -> Billing. Passed in: features do not know the app's routes. */
  billingHref: string;
  /** Settings -> Activation rules. */
  activationRulesHref: string;
}

/**
 * The banner as shown, with what it needs only while it shows: its words, the memory of what was
 * announced or collapsed, and the clock for relative times. Loaded on demand by
 * AutoDisabledBanner (./auto-disabled-banner.tsx) only when the agent was auto-disabled. The
 * restore mutation stays with AutoDisabledBanner, which outlives this part: its success ends
 * the banner, and what comes after (the announcement, the focus) is done from there.
 */
export function ShownAutoDisabledBanner({
  state,
  billingHref,
  activationRulesHref,
  restoring,
  restoreError,
  onRestore,
}: BannerLinks & {
  state: ShownBannerState;
  restoring: boolean;
  restoreError: Error | null;
  /** Turns the previous mode back on; RestoredAnnouncement then says so (the banner is gone). */
  onRestore: () => void;
}) {
  const now = useNow();
  const common = useMessages(commonMessages);
  const memoryKey = bannerMemoryKey(state);
  const collapsed = useBannerMemory((memory) => memory.collapsed.includes(memoryKey));
  const setCollapsed = useBannerMemory((memory) => memory.setCollapsed);
  const live = useFirstAppearance(memoryKey, state.kind === 'paused' ? 'assertive' : 'polite');

  return (
    <AutoDisabledBannerView
      state={state}
      collapsed={collapsed}
      onCollapsedChange={(next) => setCollapsed(memoryKey, next)}
      live={live}
      now={now}
      billingHref={billingHref}
      activationRulesHref={activationRulesHref}
      restore={
        restoring
          ? { status: 'pending' }
          : restoreError
            ? { status: 'error', message: errorReason(restoreError, common.errors) }
            : { status: 'idle' }
      }
      onRestore={onRestore}
    />
  );
}

/** What the status line says once the agent is back on `mode`, in the locale shown now. */
export function RestoredAnnouncement({ mode }: { mode: ActivationMode }) {
  const copy = useMessages(agentMessages).banner;
  const common = useMessages(commonMessages);
  return copy.restored(common.modes[mode]);
}

/**
 * Role `alert` (or `status` for good news) the first time this event shows, in any tab or visit,
 * and a plain named region afterwards: moving between pages or reloading never interrupts again.
 */
function useFirstAppearance(key: string | null, loudness: Exclude<AlertLive, 'off'>): AlertLive {
  const announced = useBannerMemory((memory) => key !== null && memory.announced.includes(key));
  const markAnnounced = useBannerMemory((memory) => memory.markAnnounced);
  const [seen, setSeen] = useState<{ key: string | null; news: boolean }>({
    key: null,
    news: false,
  });
  if (key !== seen.key) {
    // Decided once per event, when it first renders, and kept for as long as this banner lives.
    setSeen({ key, news: key !== null && !announced });
  }
  useEffect(() => {
    if (key !== null) markAnnounced(key);
  }, [key, markAnnounced]);
  const news = key === seen.key ? seen.news : key !== null && !announced;
  return news ? loudness : 'off';
}

/** Every state of the banner, from props alone (stories render this directly). */
export function AutoDisabledBannerView({
  state,
  collapsed,
  onCollapsedChange,
  live,
  now,
  billingHref,
  activationRulesHref,
  restore = { status: 'idle' },
  onRestore,
}: BannerLinks & {
  state: ShownBannerState;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  live: AlertLive;
  /** The time relative times are measured from; null while the server renders or hydrates. */
  now: number | null;
  restore?: RestoreStatus;
  onRestore: () => void;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const detailsId = `${id}-details`;
  const copy = useMessages(agentMessages).banner;
  const { modes } = useMessages(commonMessages);
  const previous = modes[state.previousMode];
  const silent = modes[SILENT_MODE];
  const { text, exact } = useFormats().when(state.at, now);
  const when = (
    <time dateTime={state.at} title={copy.exactTime(exact)}>
      {text}
    </time>
  );

  const title =
    state.kind === 'paused'
      ? collapsed
        ? copy.pausedSummary
        : copy.pausedTitle
      : collapsed
        ? copy.restoreSummary
        : state.because === 'pro'
          ? copy.restoreTitlePro
          : state.because === 'credits' && state.balance !== null
            ? copy.restoreTitleCredits(state.balance)
            : copy.restoreTitleGeneric;

  return (
    <Alert
      tone={state.kind === 'paused' ? 'warning' : 'success'}
      live={live}
      aria-labelledby={titleId}
      data-banner
      data-state={state.kind}
      data-collapsed={collapsed || undefined}
    >
      <div data-slot="banner-head">
        <AlertTitle id={titleId}>{title}</AlertTitle>
        <button
          type="button"
          data-slot="banner-toggle"
          aria-expanded={!collapsed}
          aria-controls={collapsed ? undefined : detailsId}
          onClick={() => onCollapsedChange(!collapsed)}
        >
          {collapsed ? copy.expand : copy.collapse}
          <span aria-hidden="true" data-slot="banner-chevron" />
        </button>
      </div>

      {!collapsed && (
        <AlertDescription id={detailsId}>
          {state.kind === 'paused' ? (
            <>
              <p>{copy.pausedWhen(when, silent)}</p>
              <p data-slot="banner-subhead">{copy.stoppedHeading}</p>
              <ul>
                <li>{copy.stoppedReplies}</li>
                <li>{copy.stoppedScenarios}</li>
                <li>{skippedSentence(state.skippedActions, copy)}</li>
              </ul>
              <p>{copy.nothingDeleted}</p>
              <p>{copy.whatToDo(previous)}</p>
            </>
          ) : (
            <p>{copy.restoreWhen(when, silent, previous)}</p>
          )}
        </AlertDescription>
      )}

      {restore.status === 'error' && (
        <p role="alert" data-slot="banner-error">
          {copy.restoreFailed(restore.message)}
        </p>
      )}

      <AlertActions>
        {state.kind === 'paused' ? (
          <>
            <Button asChild>
              <Link href={billingHref}>{copy.upgrade}</Link>
            </Button>
            {!collapsed && <Link href={activationRulesHref}>{copy.activationRules}</Link>}
          </>
        ) : (
          <>
            <Button type="button" pending={restore.status === 'pending'} onClick={onRestore}>
              {restore.status === 'pending' ? copy.restoring(previous) : copy.restore(previous)}
            </Button>
            {!collapsed && <Link href={activationRulesHref}>{copy.chooseAnother}</Link>}
          </>
        )}
      </AlertActions>
    </Alert>
  );
}
