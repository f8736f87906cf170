// DNS rebinding: a page on evil.example can make its own name resolve to 127.0.0.1 and then read
// this server as same-origin. The browser still sends "Host: evil.example", so a server that
// answers only to names it knows cannot be reached that way.
import fp from 'fastify-plugin';
import { HttpError } from '../http-error';
import { LOCAL_HOSTS, normalizeHostName } from '../config';

export interface HostAllowListOptions {
  /** Names allowed besides the local ones, or '*' for any. */
  allowed: readonly string[] | '*';
}

export const hostAllowList = fp<HostAllowListOptions>(
  async (app, { allowed }) => {
    if (allowed === '*') return;
    const names = new Set([...LOCAL_HOSTS, ...allowed].map(normalizeHostName));
    app.addHook('onRequest', async (request) => {
      const host = request.headers.host;
      if (host && names.has(normalizeHostName(host))) return;
      throw new HttpError(421, `this server does not answer to the host name ${JSON.stringify(host ?? '')}; the operator can allow it in CADREGRAPH_ALLOWED_HOSTS`);
    });
  },
  { name: 'cadregraph-host-allow-list' },
);
