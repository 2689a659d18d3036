/** Where the app's API lives. Whether the embedded mock answers it is decided in app/main.tsx. */
export const apiConfig = {
  baseUrl: (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/$/, ''),
  /** A request that has not answered by then is reported as unreachable, not left spinning. */
  requestTimeoutMs: 8_000,
} as const;
