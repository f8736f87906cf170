// When the event loop lags (a heavy query, a burst), new requests are answered 503 at once with
// Retry-After instead of queueing behind the work that is already late.
import underPressure from '@fastify/under-pressure';
import fp from 'fastify-plugin';
import { HttpError } from '../http-error';

export const loadShedding = fp<{ maxEventLoopDelayMs: number }>(
  async (app, { maxEventLoopDelayMs }) => {
    await app.register(underPressure, {
      maxEventLoopDelay: maxEventLoopDelayMs,
      retryAfter: 5,
      customError: class extends HttpError {
        constructor() {
          super(503, 'the server is overloaded; try again in a few seconds');
        }
      },
    });
  },
  { name: 'cadregraph-load-shedding' },
);
