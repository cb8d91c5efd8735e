/**
 * Whether a browser's `Origin` header names the host the request was sent to. WebSocket upgrades get
 * no CORS protection, so without this check any web page the user visits could open the chat socket
 * and read the replies (cross-site WebSocket hijacking). `null` and malformed origins are not same-origin.
 */
export function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host.toLowerCase();
  } catch {
    return false;
  }
}
