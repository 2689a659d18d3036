import { useId, useState, type FormEvent } from 'react';
import { Alert, AlertActions, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group';
import { Skeleton } from '@/components/ui/skeleton';
import type { Agent } from '@/contract/schemas';
import type { Credits } from '@/contract/schemas';
import { ACTIVATION_MODES, SILENT_MODE, type ActivationMode } from '@/domain/activation-modes';
import { useCredits } from '@/features/credits/api/use-credits';
import { isApiError } from '@/lib/api/api-errors';
import { commonMessages, errorReason } from '@/lib/i18n/common';
import { useFormats, useMessages } from '@/lib/i18n/locale-context';
import { Link } from '@/lib/link';
import { modeRefusal } from '../activation-rules';
import { useSetActivationMode } from '../api/set-activation-mode';
import { useAgent } from '../api/use-agent';
import { agentMessages } from '../messages';
import { useNow } from './use-now';
import './activation-rules-form.css';

const aiEnabledOf = ({ aiEnabled }: Credits) => ({ aiEnabled });

export type SaveStatus =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; mode: ActivationMode }
  | { status: 'unchanged' }
  | { status: 'error'; message: string };

/** The outcome as kept: a failure is worded when shown, in the locale of that moment. */
type Outcome = Exclude<SaveStatus, { status: 'error' }> | { status: 'error'; error: unknown };

export type FormData =
  | { status: 'loading' }
  | { status: 'error'; onRetry: () => void }
  | { status: 'ready'; agent: Agent };

/** The activation rules as Settings shows them, on the live agent and credits. */
export function ActivationRulesForm({ billingHref }: { billingHref: string }) {
  const agent = useAgent();
  const credits = useCredits(aiEnabledOf);
  const save = useSetActivationMode();
  const now = useNow();
  // null follows the agent's current mode, so a change made elsewhere (the banner) shows here.
  const [draft, setDraft] = useState<ActivationMode | null>(null);
  const [refused, setRefused] = useState<ActivationMode | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const errors = useMessages(commonMessages).errors;

  const data: FormData = agent.data
    ? { status: 'ready', agent: agent.data }
    : agent.isError
      ? { status: 'error', onRetry: () => void agent.refetch() }
      : { status: 'loading' };
  const selected = draft ?? agent.data?.activationMode ?? null;

  const onSubmit = () => {
    if (!agent.data || selected === null) return;
    if (modeRefusal(selected, credits.data)) {
      setRefused(selected);
      setOutcome({ status: 'idle' });
      return;
    }
    if (selected === agent.data.activationMode && agent.data.autoDisabled === null) {
      setOutcome({ status: 'unchanged' });
      return;
    }
    setOutcome({ status: 'saving' });
    save.mutate(
      { mode: selected },
      {
        onSuccess: () => {
          setDraft(null);
          setOutcome({ status: 'saved', mode: selected });
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'mode_needs_credits') {
            setRefused(selected);
            setOutcome({ status: 'idle' });
          } else {
            setOutcome({ status: 'error', error });
          }
        },
      },
    );
  };

  return (
    <ActivationRulesFormView
      data={data}
      selected={selected}
      onSelect={(mode) => {
        setDraft(mode);
        setRefused(null);
        if (outcome.status !== 'saving') setOutcome({ status: 'idle' });
      }}
      onSubmit={onSubmit}
      refused={refused}
      save={
        save.isPending
          ? { status: 'saving' }
          : outcome.status === 'error'
            ? { status: 'error', message: errorReason(outcome.error, errors) }
            : outcome
      }
      billingHref={billingHref}
      now={now}
    />
  );
}

/** Every state of the form, from props alone (stories render this directly). */
export function ActivationRulesFormView({
  data,
  selected,
  onSelect,
  onSubmit,
  refused = null,
  save = { status: 'idle' },
  billingHref,
  now,
}: {
  data: FormData;
  selected: ActivationMode | null;
  onSelect: (mode: ActivationMode) => void;
  onSubmit: () => void;
  /** The mode the merchant tried to save while it could not reply, if any. */
  refused?: ActivationMode | null;
  save?: SaveStatus;
  billingHref: string;
  /** The time relative times are measured from; null while the server renders or hydrates. */
  now: number | null;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const messages = useMessages(agentMessages);
  const copy = messages.form;
  const { modes } = useMessages(commonMessages);
  const formats = useFormats();
  const autoDisabled = data.status === 'ready' ? data.agent.autoDisabled : null;
  const when = autoDisabled ? formats.when(autoDisabled.at, now) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.status !== 'saving') onSubmit();
  };

  return (
    <form data-slot="activation-rules-form" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h2 id={titleId}>{copy.title}</h2>
      <p data-slot="form-intro">{copy.intro}</p>

      {data.status === 'loading' && (
        <div data-slot="mode-skeleton" aria-busy="true">
          <span className="visually-hidden">{copy.loading}</span>
          {ACTIVATION_MODES.map((mode) => (
            <Skeleton key={mode} height="4.75rem" />
          ))}
        </div>
      )}

      {data.status === 'error' && (
        <Alert tone="danger" aria-labelledby={`${id}-load-failed`}>
          <AlertTitle id={`${id}-load-failed`}>{copy.loadFailed}</AlertTitle>
          <AlertActions>
            <Button type="button" variant="secondary" onClick={data.onRetry}>
              {copy.retry}
            </Button>
          </AlertActions>
        </Alert>
      )}

      {data.status === 'ready' && (
        <>
          {autoDisabled && when && (
            <Alert tone="info" aria-labelledby={`${id}-auto`} data-auto-set-note>
              <AlertTitle id={`${id}-auto`}>{copy.autoSetTitle}</AlertTitle>
              <AlertDescription>
                <p>
                  {copy.autoSet(
                    <time dateTime={autoDisabled.at} title={messages.banner.exactTime(when.exact)}>
                      {when.text}
                    </time>,
                    modes[SILENT_MODE],
                    modes[autoDisabled.previousMode],
                  )}
                </p>
                <p>{data.agent.canRestore ? copy.autoSetCanRestore : copy.autoSetNeedsCredits}</p>
              </AlertDescription>
            </Alert>
          )}

          <RadioGroup
            aria-labelledby={titleId}
            name="activation-mode"
            value={selected}
            onValueChange={(value) => onSelect(value as ActivationMode)}
          >
            {ACTIVATION_MODES.map((mode) => {
              const current = mode === data.agent.activationMode;
              return (
                <div
                  key={mode}
                  data-slot="mode-option"
                  data-state={mode === selected ? 'checked' : 'unchecked'}
                >
                  <RadioGroupItem
                    id={`${id}-${mode}`}
                    value={mode}
                    aria-describedby={`${id}-${mode}-desc${current ? ` ${id}-current` : ''}`}
                  />
                  <div data-slot="mode-text">
                    <label htmlFor={`${id}-${mode}`}>{modes[mode]}</label>
                    {current && (
                      <span id={`${id}-current`} data-slot="mode-current">
                        {copy.current}
                      </span>
                    )}
                    <p id={`${id}-${mode}-desc`}>{messages.modeDescriptions[mode]}</p>
                  </div>
                </div>
              );
            })}
          </RadioGroup>

          {refused && (
            <Alert tone="warning" live="assertive" aria-labelledby={`${id}-refused`}>
              <AlertTitle id={`${id}-refused`}>{copy.refusedTitle}</AlertTitle>
              <AlertDescription>
                {copy.refused(modes[refused], modes[SILENT_MODE])}
              </AlertDescription>
              <AlertActions>
                <Button asChild>
                  <Link href={billingHref}>{copy.upgrade}</Link>
                </Button>
              </AlertActions>
            </Alert>
          )}

          {save.status === 'error' && (
            <Alert tone="danger" live="assertive" aria-labelledby={`${id}-failed`}>
              <AlertTitle id={`${id}-failed`}>{copy.saveFailed(save.message)}</AlertTitle>
            </Alert>
          )}

          <div data-slot="form-actions">
            <Button type="submit" pending={save.status === 'saving'}>
              {save.status === 'saving' ? copy.saving : copy.save}
            </Button>
            <p role="status" data-slot="form-status">
              {save.status === 'saved'
                ? copy.saved(modes[save.mode])
                : save.status === 'unchanged'
                  ? copy.unchanged
                  : ''}
            </p>
          </div>
        </>
      )}
    </form>
  );
}
