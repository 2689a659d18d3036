import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface ShellState {
  sidebarCollapsed: boolean;
  toggleSidebar: () => void;
  /** The language the merchant chose; null follows the browser's preferred languages. */
  language: string | null;
  setLanguage: (language: string | null) => void;
  /** A language named by the page's link (`?lang=fr`): for this visit only, until one is chosen. */
  linkedLanguage: string | null;
}

/** The language the app shows: the link's for this visit, else the merchant's choice. */
export const shownLanguage = (state: ShellState) => state.linkedLanguage ?? state.language;

/** UI state of the app's frame only. Kept across reloads: a merchant who collapsed it wants it so. */
export const useShellStore = create<ShellState>()(
  persist(
    (set) => ({
      sidebarCollapsed: false,
      toggleSidebar: () => set((state) => ({ sidebarCollapsed: !state.sidebarCollapsed })),
      language: null,
      setLanguage: (language) => set({ language, linkedLanguage: null }),
      linkedLanguage: null,
    }),
    {
      name: 'inro-shell',
      partialize: ({ sidebarCollapsed, language }) => ({ sidebarCollapsed, language }),
    },
  ),
);
