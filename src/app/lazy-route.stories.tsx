import type { Meta, StoryObj } from '@storybook/react-vite';
import { Suspense, useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import { lazyRoute, PageLoading } from './lazy-route';
import { RouteErrorBoundary } from './route-error-boundary';

function Arrived() {
  return <h1 translate="no">The page</h1>;
}

/**
 * A page's place while its code is fetched: `load` is how the code arrives (stalls, fails, or
 * fails once and then arrives). Each story makes its page once, as the app makes each route's.
 */
function LazyRouteDemo({ load }: { load: () => Promise<typeof Arrived> }) {
  const [Page] = useState(() => lazyRoute(load));
  // The boundaries the router puts around its routes.
  return (
    <RouteErrorBoundary resetKey="story">
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    </RouteErrorBoundary>
  );
}

const meta = {
  title: 'App/Lazy page',
  component: LazyRouteDemo,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof LazyRouteDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  args: { load: () => new Promise(() => {}) },
  play: async ({ canvas }) => {
    const place = canvas.getByText('Loading…');
    await expect(place).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

export const CodeDidNotArrive: Story = {
  args: { load: () => Promise.reject(new Error('503 from the static host')) },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('This page did not load');
    await expect(alert).toHaveTextContent('Check your connection');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

let tries = 0;
export const ArrivesOnTryAgain: Story = {
  args: {
    load: () => (++tries === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Arrived)),
  },
  beforeEach: () => {
    tries = 0;
  },
  play: async ({ canvas }) => {
    const retry = await canvas.findByRole('button', { name: 'Try again' });
    retry.focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('heading', { name: 'The page' })).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};
