/**
 * Where the credit API is and who is asking, read on the server for every request (the pages are
 * dynamic), so one build runs against any API. A real host reads the signed-in merchant's token
 * from its session here (`cookies()` from next/headers); this example has one account and a fixed
 * token from the environment.
 */
export function creditsApi(): { url: string; token: string | undefined } {
  const url = process.env.CREDITS_API_URL;
  if (!url) throw new Error("Set CREDITS_API_URL to the credit API's address (https://…).");
  return { url, token: process.env.CREDITS_API_TOKEN };
}
