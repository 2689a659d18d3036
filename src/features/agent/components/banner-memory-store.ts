import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Keep the memory small: only the latest events matter. */
const MAX_REMEMBERED = 20;

interface BannerMemory {
  /** Events (see `bannerMemoryKey`) the merchant collapsed the banner for. */
  collapsed: string[];
  /** Events already announced with role `alert`: never interrupt twice for the same news. */
  announced: string[];
  setCollapsed: (key: string, collapsed: boolean) => void;
  markAnnounced: (key: string) => void;
}

function remember(list: string[], key: string): string[] {
  return list.includes(key) ? list : [...list, key].slice(-MAX_REMEMBERED);
}

/**
 * What the merchant did with the auto-disabled banner, per event, kept across reloads in
 * localStorage. UI state only: whether the agent is off comes from the server.
 */
export const useBannerMemory = create<BannerMemory>()(
  persist(
    (set) => ({
      collapsed: [],
      announced: [],
      setCollapsed: (key, collapsed) =>
        set((state) => ({
          collapsed: collapsed
            ? remember(state.collapsed, key)
            : state.collapsed.filter((k) => k !== key),
        })),
      markAnnounced: (key) => set((state) => ({ announced: remember(state.announced, key) })),
    }),
    {
      name: 'inro.agent.auto-disabled-banner',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ collapsed, announced }) => ({ collapsed, announced }),
    },
  ),
);

// A collapse in one tab shows in the others, the way the agent's state does.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === useBannerMemory.persist.getOptions().name) {
      void useBannerMemory.persist.rehydrate();
    }
  });
}

/** A clean slate, for stories and tests that must not inherit an earlier one's clicks. */
export function forgetBannerMemory() {
  useBannerMemory.setState({ collapsed: [], announced: [] });
}
