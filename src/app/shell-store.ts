import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface ShellState {
  sidebarCollapsed: boolean;
  toggleSidebar: () => void;
  /** The language the merchant chose; null follows the browser's preferred languages. */
  language: string | null;
  setLanguage: (language: string | null) => void;
}

/** UI state of the app's frame only. Kept across reloads: a merchant who collapsed it wants it so. */
export const useShellStore = create<ShellState>()(
  persist(
    (set) => ({
      sidebarCollapsed: false,
      toggleSidebar: () => set((state) => ({ sidebarCollapsed: !state.sidebarCollapsed })),
      language: null,
      setLanguage: (language) => set({ language }),
    }),
    { name: 'inro-shell' },
  ),
);
