import http from 'node:http';

import { HOST_HEADER } from '../security/same-origin.js';

/**
 * A plain-HTTP listener whose only answer is a permanent redirect to the HTTPS port, keeping method
 * and body (308). A malformed Host header gets 400 rather than a redirect to an attacker's choice.
 */
export function createHttpsRedirectServer(httpsPort: number): http.Server {
  return http.createServer(function redirectToHttps(request, response) {
    const host = request.headers.host ?? '';
    if (!HOST_HEADER.test(host)) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad Host header');
      return;
    }
    const hostname = host.replace(/:\d+$/, '');
    const port = httpsPort === 443 ? '' : `:${httpsPort}`;
    const path = (request.url ?? '/').startsWith('/') ? (request.url ?? '/') : '/';
    response.writeHead(308, { location: `https://${hostname}${port}${path}`, 'content-length': '0' }).end();
  });
}
