import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import {
  FAULT_KINDS,
  FAULTABLE_ROUTES,
  SCENARIO_NAMES,
  type Faults,
  type ScenarioName,
} from '@/contract/qa';
import { AI_ACTION_KINDS, type AiActionKind } from '@/domain/credits';
import { commonMessages, errorReason } from '@/lib/i18n/common';
import { useMessages } from '@/lib/i18n/locale-context';
import { useLiveConnection } from '@/lib/live/live-connection';
import { fireActions, grantPromotion, resetScenario, setFaults, useQaMutation } from '../api/qa';
import { qaPanelMessages } from '../messages';
import './qa-panel.css';

/** The routes a fault may be set on from the panel, by the contract's names. */
const FAULT_ROUTES = (['credits', 'agent', 'aiActions', 'upgrade', 'ledger'] as const).filter(
  (route) => FAULTABLE_ROUTES.includes(route),
);

/** Alt+Shift+Q toggles the panel from anywhere. */
function isShortcut(event: KeyboardEvent) {
  return event.altKey && event.shiftKey && event.code === 'KeyQ';
}

/**
 * A panel for QA and demos: pick a scenario, fire AI actions, grant a promotion, inject faults.
 * Mounted by the app only when the mock backend is on; a real-API build has none of it.
 */
export function QaPanel({ defaultOpen = false }: { defaultOpen?: boolean }) {
  const copy = useMessages(qaPanelMessages);
  const [open, setOpen] = useState(defaultOpen);
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isShortcut(event)) {
        event.preventDefault();
        setOpen((value) => !value);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Focus goes into the panel when it opens and back to its opener when it closes.
  const wasOpen = useRef(open);
  useEffect(() => {
    if (open) heading.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const close = () => setOpen(false);

  return (
    <div data-slot="qa-panel-root">
      {!open && (
        <button
          ref={opener}
          type="button"
          data-slot="qa-panel-opener"
          aria-label={copy.openLabel}
          aria-keyshortcuts="Alt+Shift+Q"
          onClick={() => setOpen(true)}
        >
          {copy.open}
        </button>
      )}
      {open && (
        <section
          data-slot="qa-panel"
          aria-labelledby={headingId}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <header data-slot="qa-panel-header">
            <h2 id={headingId} ref={heading} tabIndex={-1}>
              {copy.title}
            </h2>
            <Button variant="secondary" onClick={close}>
              {copy.close}
            </Button>
          </header>
          <p data-slot="qa-panel-intro">{copy.intro}</p>
          <LiveConnectionLine />
          <ScenarioForm />
          <FireForm />
          <PromotionForm />
          <FaultsForm />
        </section>
      )}
    </div>
  );
}

/** Which tab holds the live connection: one tab holds it for all the tabs of this browser. */
function LiveConnectionLine() {
  const copy = useMessages(qaPanelMessages);
  return (
    <p role="status" data-slot="qa-panel-live">
      {copy.live[useLiveConnection()]}
    </p>
  );
}

/** What the last submit did. A failure in our own words: the server's is in the network log. */
function Outcome({ message, error }: { message: string | null; error: Error | null }) {
  const copy = useMessages(qaPanelMessages);
  const common = useMessages(commonMessages);
  return (
    <p role="status" data-slot="qa-panel-outcome">
      {error ? copy.failed(errorReason(error, common.errors)) : message}
    </p>
  );
}

function ScenarioForm() {
  const copy = useMessages(qaPanelMessages);
  const [name, setName] = useState<ScenarioName>('new-free');
  const reset = useQaMutation(resetScenario);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate(name);
  };
  return (
    <form onSubmit={submit} aria-label={copy.scenario}>
      <label>
        {copy.scenario}
        <select value={name} onChange={(event) => setName(event.target.value as ScenarioName)}>
          {SCENARIO_NAMES.map((scenario) => (
            <option key={scenario} value={scenario}>
              {copy.scenarios[scenario]}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" pending={reset.isPending}>
        {copy.applyScenario}
      </Button>
      <Outcome
        message={reset.isSuccess ? copy.reset(copy.scenarios[reset.variables]) : null}
        error={reset.error}
      />
    </form>
  );
}

function FireForm() {
  const copy = useMessages(qaPanelMessages);
  const [kind, setKind] = useState<AiActionKind>('dm_reply');
  // Number fields keep the text as typed: a cleared field is '', never NaN. The form's own
  // validation (required, min, max) stops a submit until the text is a number in range.
  const [count, setCount] = useState('1');
  const fire = useQaMutation(fireActions);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    fire.mutate({ kind, count: Number(count) });
  };
  return (
    <form onSubmit={submit} aria-label={copy.fire}>
      <fieldset>
        <legend>{copy.fire}</legend>
        <label>
          {copy.count}
          <input
            type="number"
            min={1}
            max={500}
            required
            value={count}
            onChange={(e) => setCount(e.target.value)}
          />
        </label>
        <label>
          {copy.kind}
          <select value={kind} onChange={(event) => setKind(event.target.value as AiActionKind)}>
            {AI_ACTION_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <Button type="submit" pending={fire.isPending}>
          {copy.fireButton}
        </Button>
      </fieldset>
      <Outcome
        message={
          fire.data ? copy.fired(fire.data.charged, fire.data.skipped, fire.data.unmetered) : null
        }
        error={fire.error}
      />
    </form>
  );
}

function PromotionForm() {
  const copy = useMessages(qaPanelMessages);
  // A starting name in the locale the panel opened in; after that the field is the person's.
  const [name, setName] = useState(() => copy.promotionDefaultName);
  const [amount, setAmount] = useState('20');
  const grant = useQaMutation(grantPromotion);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    grant.mutate({
      id: name.trim().toLowerCase().replace(/\s+/g, '-'),
      name: name.trim(),
      amount: Number(amount),
    });
  };
  return (
    <form onSubmit={submit} aria-label={copy.promotion}>
      <fieldset>
        <legend>{copy.promotion}</legend>
        <label>
          {copy.promotionName}
          <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {copy.promotionAmount}
          <input
            type="number"
            min={1}
            max={10000}
            required
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </label>
        <Button type="submit" pending={grant.isPending}>
          {copy.grant}
        </Button>
      </fieldset>
      <Outcome
        message={grant.isSuccess ? copy.granted(grant.variables.name) : null}
        error={grant.error}
      />
    </form>
  );
}

function FaultsForm() {
  const copy = useMessages(qaPanelMessages);
  const [latencyMs, setLatency] = useState('0');
  const [randomFailureRate, setRate] = useState('0');
  const [routes, setRoutes] = useState<Faults['routes']>({});
  const apply = useQaMutation(setFaults);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // An empty field means none.
    apply.mutate({
      latencyMs: Number(latencyMs),
      randomFailureRate: Number(randomFailureRate),
      routes,
    });
  };
  const clear = () => {
    setLatency('0');
    setRate('0');
    setRoutes({});
    apply.mutate({ latencyMs: 0, randomFailureRate: 0, routes: {} });
  };
  return (
    <form onSubmit={submit} aria-label={copy.faults}>
      <fieldset>
        <legend>{copy.faults}</legend>
        <label>
          {copy.latency}
          <input
            type="number"
            min={0}
            max={30000}
            step={50}
            value={latencyMs}
            onChange={(e) => setLatency(e.target.value)}
          />
        </label>
        <label>
          {copy.failureRate}
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={randomFailureRate}
            onChange={(e) => setRate(e.target.value)}
          />
        </label>
        {FAULT_ROUTES.map((route) => (
          <label key={route}>
            {copy.routeFault(route)}
            <select
              value={routes[route] ?? ''}
              onChange={(event) => {
                const value = event.target.value as (typeof FAULT_KINDS)[number] | '';
                setRoutes((current) => {
                  const next = { ...current };
                  if (value) next[route] = value;
                  else delete next[route];
                  return next;
                });
              }}
            >
              <option value="">{copy.noFault}</option>
              {FAULT_KINDS.map((kind) => (
                <option key={kind}>{kind}</option>
              ))}
            </select>
          </label>
        ))}
        <div data-slot="qa-panel-actions">
          <Button type="submit" pending={apply.isPending}>
            {copy.applyFaults}
          </Button>
          <Button type="button" variant="secondary" onClick={clear}>
            {copy.clearFaults}
          </Button>
        </div>
      </fieldset>
      <Outcome message={apply.isSuccess ? copy.faultsApplied : null} error={apply.error} />
    </form>
  );
}
