import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface ShellState {
  sidebarCollapsed: boolean;
  toggleSidebar: () => void;
}

/** UI state of the app's frame only. Kept across reloads: a merchant who collapsed it wants it so. */
export const useShellStore = create<ShellState>()(
  persist(
    (set) => ({
      sidebarCollapsed: false,
      toggleSidebar: () => set((state) => ({ sidebarCollapsed: !state.sidebarCollapsed })),
    }),
    { name: 'inro-shell' },
  ),
);
