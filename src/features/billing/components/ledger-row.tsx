import type { LedgerEntryDto } from '@/contract/schemas';
import { commonMessages } from '@/lib/i18n/common';
import { useFormats, useMessages } from '@/lib/i18n/locale-context';
import { billingMessages } from '../messages';
import { describeEntry, type EntryWords } from './describe-entry';

const ICON: Record<EntryWords['tone'], string> = {
  added: '+',
  used: '−',
  skipped: '‖',
  included: '✓',
  change: '⇄',
};

/** One ledger entry in plain words, with its date and time and what it did to the balance. */
export function LedgerRowContent({ entry }: { entry: LedgerEntryDto }) {
  const copy = useMessages(billingMessages);
  const { modes } = useMessages(commonMessages);
  const f = useFormats();
  const words = describeEntry(entry, copy, modes);
  return (
    <div data-slot="ledger-entry" data-tone={words.tone}>
      <span data-slot="ledger-icon" aria-hidden="true">
        {ICON[words.tone]}
      </span>
      <div data-slot="ledger-text">
        <span data-slot="ledger-title">{words.title}</span>
        <span data-slot="ledger-detail">
          {words.detail} <time dateTime={entry.at}>{f.dateTime(entry.at)}</time>
        </span>
      </div>
      {words.amount && (
        // The detail says the same in words; the sign and number are for the eye scanning down.
        <span data-slot="ledger-amount" aria-hidden="true">
          {words.amount}
        </span>
      )}
    </div>
  );
}
