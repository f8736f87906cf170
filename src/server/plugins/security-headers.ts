// Headers on every response. The policy allows only this server's own files: the dashboard and
// the GraphQL IDE are bundled (no CDN, no inline script or style), their fonts and icons are data:
// URLs inside the CSS, and both talk to /graphql on the same origin.
import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export const securityHeaders = fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: CONTENT_SECURITY_POLICY,
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      // HSTS belongs to whoever terminates TLS in front of this server; sent over plain HTTP on a
      // shared name it would only get in the way.
      strictTransportSecurity: false,
    });
  },
  { name: 'cadregraph-security-headers' },
);
