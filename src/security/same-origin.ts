/** A Host header: a name or IPv4 address, or a bracketed IPv6 address, and an optional port; nothing else. */
export const HOST_HEADER = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * Whether a browser's `Origin` header names the host the request was sent to. WebSocket upgrades get
 * no CORS protection, so without this check any web page the user visits could open the chat socket
 * and read the replies (cross-site WebSocket hijacking). `null` and malformed origins are not same-origin.
 */
export function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host || !HOST_HEADER.test(host)) return false;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    // Parse the Host header the same way, so default ports compare equal ("localhost:80" = "localhost").
    return url.host === new URL(`${url.protocol}//${host}`).host;
  } catch {
    return false;
  }
}
