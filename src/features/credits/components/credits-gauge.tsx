import { Hint, useHint } from '@/components/ui/hint';
import { Meter, meterToneFor } from '@/components/ui/meter';
import { Skeleton } from '@/components/ui/skeleton';
import type { Credits } from '@/contract/schemas';
import { creditLevel, totalGranted } from '@/domain/account';
import { useCredits } from '@/features/credits/api/use-credits';
import { useMessages } from '@/lib/i18n/locale-context';
import { Link } from '@/lib/link';
import { useOnline } from '@/lib/live/use-online';
import { useDeferredArrival } from '@/lib/scheduling/use-deferred-arrival';
import { creditsMessages } from '../messages';
import { useLevelAnnouncement } from './use-level-announcement';
import './credits-gauge.css';

export type CreditsGaugeState =
  | { status: 'loading' }
  | { status: 'error'; message: string; onRetry: () => void }
  | { status: 'ready'; credits: Credits; stale: boolean };

/** The gauge as the sidebar shows it, driven by the live credits query. */
export function CreditsGauge({
  billingHref,
  compact = false,
}: {
  billingHref: string;
  compact?: boolean;
}) {
  const query = useCredits();
  const online = useOnline();
  // The credits arrive with the billing page's plan, its largest paint: the gauge first shows
  // them in the deferred render just after, so the plan's render stays short.
  const credits = useDeferredArrival(query.data);
  const state: CreditsGaugeState =
    credits !== undefined
      ? // The last number we had, marked as possibly out of date while the service cannot be reached.
        { status: 'ready', credits, stale: query.isError || !online }
      : query.isError && query.data === undefined
        ? { status: 'error', message: query.error.message, onRetry: () => void query.refetch() }
        : { status: 'loading' };
  return <CreditsGaugeView state={state} billingHref={billingHref} compact={compact} />;
}

/**
 * Every state of the gauge, from props alone (stories render this directly). On Pro nothing is
 * rendered: AI there is not metered against a balance.
 */
export function CreditsGaugeView({
  state,
  billingHref,
  compact = false,
}: {
  state: CreditsGaugeState;
  /** Where the gauge leads: Settings -> Billing. Passed in, since features do not know the app's routes. */
  billingHref: string;
  compact?: boolean;
}) {
  const copy = useMessages(creditsMessages);
  const balance = state.status === 'ready' ? state.credits.balance : undefined;
  const announcement = useLevelAnnouncement(balance);
  if (state.status === 'ready' && state.credits.plan === 'pro') return null;

  return (
    <section
      data-slot="credits-gauge"
      data-compact={compact || undefined}
      aria-label={copy.gaugeLabel}
    >
      {state.status === 'loading' && (
        <div data-slot="credits-gauge-body" data-state="loading" aria-busy="true">
          <span className="visually-hidden">{copy.loading}</span>
          <Skeleton width="60%" height="1.3rem" />
          <Skeleton height="2.2rem" />
          <Skeleton width="80%" height="1.1rem" />
        </div>
      )}
      {state.status === 'error' && (
        <div data-slot="credits-gauge-body" data-state="error">
          <span data-slot="credits-gauge-title">{copy.gaugeLabel}</span>
          <p data-slot="credits-gauge-hint">{copy.error}</p>
          <button type="button" data-slot="credits-gauge-retry" onClick={state.onRetry}>
            {copy.retry}
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <ReadyGauge
          credits={state.credits}
          stale={state.stale}
          compact={compact}
          href={billingHref}
        />
      )}
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}

/** A shape as well as a colour for low and empty, so colour is never the only signal. */
function LevelIcon({ level }: { level: 'low' | 'empty' | 'unmetered' }) {
  return (
    <svg
      data-slot="credits-gauge-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {level === 'empty' ? (
        <>
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M4.5 11.5l7-7" stroke="currentColor" strokeWidth="1.5" />
        </>
      ) : (
        <>
          <path
            d="M8 1.5l7 13H1z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
          <path d="M8 6v4M8 11.5v1.5" stroke="currentColor" strokeWidth="1.5" />
        </>
      )}
    </svg>
  );
}

function ReadyGauge({
  credits,
  stale,
  compact,
  href,
}: {
  credits: Credits;
  stale: boolean;
  compact: boolean;
  href: string;
}) {
  const balance = credits.balance ?? 0;
  const granted = totalGranted(credits);
  const level = creditLevel(credits.balance);
  const copy = useMessages(creditsMessages);
  const { triggerProps, hintProps } = useHint();
  const hint =
    level === 'empty'
      ? copy.empty
      : level === 'low'
        ? copy.low(balance)
        : credits.onboardingRemaining > 0
          ? copy.earnMore(credits.onboardingRemaining)
          : null;

  return (
    <>
      <Link
        {...triggerProps}
        href={href}
        data-slot="credits-gauge-body"
        data-state={level}
        data-stale={stale || undefined}
        // The gauge reads as a control, so Space opens billing too, not only Enter.
        onKeyDown={(event) => {
          if (event.key === ' ') {
            event.preventDefault();
            event.currentTarget.click();
          }
        }}
      >
        <span data-slot="credits-gauge-title">
          {copy.gaugeLabel}
          {level !== 'plenty' && <LevelIcon level={level} />}
        </span>
        <span data-slot="credits-gauge-count">
          {compact ? copy.leftCompact(balance, granted) : copy.left(balance, granted)}
        </span>
        <Meter
          value={balance}
          max={granted}
          tone={meterToneFor(level)}
          aria-label={copy.gaugeLabel}
          aria-valuetext={copy.valueText(balance, granted)}
        />
        {stale ? (
          <span data-slot="credits-gauge-stale">{compact ? copy.staleShort : copy.stale}</span>
        ) : (
          !compact && hint && <span data-slot="credits-gauge-hint">{hint}</span>
        )}
        <span className="visually-hidden">{copy.opensBilling}</span>
      </Link>
      <Hint {...hintProps}>{copy.explainer}</Hint>
    </>
  );
}
