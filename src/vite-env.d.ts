/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `on`: start the embedded mock credit backend (MSW) before the app renders. */
  readonly VITE_API_MOCK?: 'on' | 'off';
  /** Origin (and optional path prefix) of the real credit API; empty for the app's own origin. */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
