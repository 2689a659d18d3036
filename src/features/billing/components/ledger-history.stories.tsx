import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { LedgerHistory } from './ledger-history';
import { never, noLiveEvents, unavailable } from './story-overrides';

const meta = {
  title: 'Features/Billing/Ledger history',
  component: LedgerHistory,
  parameters: { scenario: 'low' },
} satisfies Meta<typeof LedgerHistory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Recent: Story = {
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('region', { name: 'All activity' });
    await expect(canvas.getByText('99 entries')).toBeVisible();
    await expect(within(list).getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0);
    await expect(within(list).getAllByText('1 credit used.', { exact: false })[0]).toBeVisible();
    await expect(list).toHaveAttribute('tabindex', '0');
  },
};

export const FilterByKind: Story = {
  play: async ({ canvas }) => {
    await canvas.findByRole('region', { name: 'All activity' });
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Show' }), 'Credits added');
    await waitFor(() => expect(canvas.getByText('6 entries')).toBeVisible());
    const list = canvas.getByRole('region', { name: 'All activity' });
    await expect(within(list).getByText('Starter credits')).toBeVisible();
    await expect(within(list).queryByText(/1 credit used/)).not.toBeInTheDocument();
  },
};

export const EmptyHistory: Story = {
  parameters: {
    overrides: [
      http.get('*/api/credits/ledger', () =>
        HttpResponse.json({ entries: [], nextCursor: null, total: 0 }),
      ),
    ],
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Nothing here yet/)).toBeVisible();
    await expect(canvas.getByText('0 entries')).toBeVisible();
  },
};

export const EmptyFilter: Story = {
  parameters: { scenario: 'new-free' },
  play: async ({ canvas }) => {
    await canvas.findByRole('region', { name: 'All activity' });
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Show' }), 'Plan changes');
    await expect(await canvas.findByText('No entries of this kind yet.')).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: { overrides: [never('/api/credits/ledger')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading your activity')).toBeInTheDocument();
  },
};

export const Error: Story = {
  parameters: { overrides: [noLiveEvents, unavailable('/api/credits/ledger', 'get', true)] },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'We could not load your activity.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('region', { name: 'All activity' })).toBeVisible();
  },
};

/** 100,000 entries: only the rows in view are in the page, and older ones load on scrolling. */
export const LongHistory: Story = {
  parameters: { scenario: 'long-history' },
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('region', { name: 'All activity' });
    await expect(
      canvas.getByText('Newest 500 of 100,000 entries loaded; scroll for older ones'),
    ).toBeVisible();
    await expect(list.querySelectorAll('li').length).toBeLessThan(60);

    list.scrollTop = list.scrollHeight;
    await waitFor(() =>
      expect(canvas.getByText(/Newest 1,000 of 100,000 entries loaded/)).toBeVisible(),
    );
    await expect(list.querySelectorAll('li').length).toBeLessThan(60);
  },
};

/** An older page fails: the end of the list says so and offers a retry. */
export const LoadMoreFails: Story = {
  parameters: {
    scenario: 'long-history',
    overrides: [
      http.get('*/api/credits/ledger', ({ request }) =>
        new URL(request.url).searchParams.has('cursor')
          ? HttpResponse.json(
              { error: { code: 'unavailable', message: 'Down for a moment.' } },
              { status: 503 },
            )
          : undefined,
      ),
    ],
  },
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('region', { name: 'All activity' });
    list.scrollTop = list.scrollHeight;
    await expect(await within(list).findByRole('alert')).toHaveTextContent(
      'Older entries could not be loaded.',
    );
    await expect(within(list).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
