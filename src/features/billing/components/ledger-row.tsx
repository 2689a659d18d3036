import type { LedgerEntryDto } from '@/contract/schemas';
import { formatDateTime } from '@/lib/format';
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
  const words = describeEntry(entry);
  return (
    <div data-slot="ledger-entry" data-tone={words.tone}>
      <span data-slot="ledger-icon" aria-hidden="true">
        {ICON[words.tone]}
      </span>
      <div data-slot="ledger-text">
        <span data-slot="ledger-title">{words.title}</span>
        <span data-slot="ledger-detail">
          {words.detail} <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
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
