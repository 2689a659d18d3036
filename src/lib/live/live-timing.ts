/** How long to wait before opening a new live channel when the old one was closed for good. */
export const RECONNECT_MS = 3_000;

/**
 * How long the live channel may stay silent before the client asks the API itself. A quiet
 * account costs one small request per visible tab this often; a stalled channel costs at most
 * this much delay. (Its own module, free of imports, so the cross-engine flows can wait on it.)
 */
export const QUIET_MS = 10_000;
