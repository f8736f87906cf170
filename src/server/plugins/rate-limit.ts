// Requests per client address per window, counted in this process. /healthz and /readyz are left
// out (their routes say so): a prober must not be told 429 about a server that is fine.
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { HttpError } from '../http-error';

export interface RateLimitOptions {
  max: number;
  windowMs: number;
}

export const requestRateLimit = fp<RateLimitOptions>(
  async (app, { max, windowMs }) => {
    if (max <= 0) return;
    await app.register(rateLimit, {
      max,
      timeWindow: windowMs,
      errorResponseBuilder: (_request, context) => new HttpError(429, `too many requests: at most ${context.max} in ${context.after} from one address; try again in ${Math.ceil(context.ttl / 1000)} s`),
    });
  },
  { name: 'cadregraph-rate-limit' },
);
