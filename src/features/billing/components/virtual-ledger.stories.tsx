import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { LedgerEntryDto, LedgerPage } from '@/contract/schemas';
import { FIXED_NOW } from '@/testing/builders';
import { VirtualLedger } from './virtual-ledger';

const HOUR = 3_600_000;

/** `count` entries, newest first, one every five hours back from the fixed now. */
function entries(count: number): LedgerEntryDto[] {
  return Array.from({ length: count }, (_, index): LedgerEntryDto => {
    const at = new Date(FIXED_NOW - index * 5 * HOUR).toISOString();
    return index === count - 1
      ? { id: `e${index}`, at, type: 'grant', source: 'starter', amount: 50, detail: null }
      : {
          id: `e${index}`,
          at,
          type: 'ai_action',
          kind: 'dm_reply',
          outcome: 'charged',
          skipReason: null,
        };
  });
}

const page = (count: number, nextCursor: string | null): LedgerPage => ({
  entries: entries(count),
  nextCursor,
  total: nextCursor ? count * 2 : count,
});

/**
 * The history's list itself, from the pages it is given (LedgerHistory loads it as a chunk of its
 * own and hands it the ledger query's pages): day headings, rows, and what lies below the last row.
 */
const meta = {
  title: 'Features/Billing/Virtual ledger',
  component: VirtualLedger,
  decorators: [
    (Story) => (
      <>
        <h3 id="ledger-title" translate="no">
          All activity
        </h3>
        <Story />
      </>
    ),
  ],
  args: {
    pages: [page(12, null)],
    labelledBy: 'ledger-title',
    hasNextPage: false,
    isFetchingNextPage: false,
    fetchNextPageFailed: false,
    fetchNextPage: fn(() => Promise.resolve()),
  },
} satisfies Meta<typeof VirtualLedger>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Whether the row of `heading` is at the top edge of `box`, inside its border. */
function atTopOf(box: HTMLElement, heading: Element) {
  const top = box.getBoundingClientRect().top + box.clientTop;
  return Math.abs(heading.closest('li')!.getBoundingClientRect().top - top) < 1;
}

/**
 * The whole history is in: it opens at its top, newest day first; scrolled down, the day of the
 * rows at the top stays pinned above them; at the bottom, the line that says the history starts
 * there.
 */
export const TheStart: Story = {
  play: async ({ canvas }) => {
    const list = canvas.getByRole('region', { name: 'All activity' });
    const days = within(list).getAllByRole('heading', { level: 4 });
    await expect(days.length).toBeGreaterThan(1);
    await expect(list.scrollTop).toBe(0);
    await expect(atTopOf(list, days[0]!)).toBe(true);
    const newestDay = days[0]!.textContent;
    await expect(within(list).getAllByText('1 credit used.', { exact: false })[0]).toBeVisible();

    list.scrollTop = list.scrollHeight;
    await expect(await within(list).findByText('This is where your history begins.')).toBeVisible();
    // The top rows are an older day's: its heading is the one at the top of the box.
    const pinned = () =>
      within(list)
        .getAllByRole('heading', { level: 4 })
        .filter((day) => atTopOf(list, day));
    await waitFor(() => expect(pinned()).toHaveLength(1));
    await expect(pinned()[0]).not.toHaveTextContent(newestDay);
  },
};

/** Older pages are on their way: the last line says so and is marked busy. */
export const LoadingOlder: Story = {
  args: { pages: [page(12, '1-12')], hasNextPage: true, isFetchingNextPage: true },
  play: async ({ canvas }) => {
    const list = canvas.getByRole('region', { name: 'All activity' });
    list.scrollTop = list.scrollHeight;
    const more = await within(list).findByText('Loading older entries…');
    await expect(more).toHaveAttribute('aria-busy', 'true');
  },
};

/** Older pages could not be loaded: the last line says so, and its button asks again. */
export const OlderFailed: Story = {
  args: { pages: [page(12, '1-12')], hasNextPage: true, fetchNextPageFailed: true },
  play: async ({ args, canvas }) => {
    const list = canvas.getByRole('region', { name: 'All activity' });
    list.scrollTop = list.scrollHeight;
    const failure = await within(list).findByRole('alert');
    await expect(failure).toHaveTextContent('Older entries could not be loaded.');
    const calls = (args.fetchNextPage as ReturnType<typeof fn>).mock.calls.length;
    await userEvent.click(within(failure).getByRole('button', { name: 'Try again' }));
    await expect(args.fetchNextPage).toHaveBeenCalledTimes(calls + 1);
  },
};
