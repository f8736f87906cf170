// Every refusal answered in one JSON shape with the right status: a limit or a bad request is a
// 4xx with a message saying what to change, never a 500; only the unexpected is a 500, logged,
// answered without internals.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { codeFor, errorBody, HttpError } from '../http-error';

/** Fastify's own refusals, in words a client can act on. */
function messageFor(error: FastifyError, bodyLimit: number): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'the request body is not JSON';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'the request body is empty';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `request body over ${bodyLimit} bytes`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'send GraphQL as application/json';
    default:
      return error.message;
  }
}

function sendError(error: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply, bodyLimit: number) {
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
  if (status >= 500 && status !== 503) {
    request.log.error({ err: error }, 'internal error');
    return reply.code(500).send(errorBody('internal server error', 'INTERNAL_SERVER_ERROR'));
  }
  const code = error instanceof HttpError ? error.code : codeFor(status);
  return reply.code(status).send(errorBody(messageFor(error as FastifyError, bodyLimit), code));
}

export const errorReplies = fp<{ bodyLimit: number }>(
  async (app, { bodyLimit }) => {
    app.setErrorHandler((error: FastifyError, request, reply) => sendError(error, request, reply, bodyLimit));
    app.setNotFoundHandler((request, reply) => {
      reply.code(404).send(errorBody(`no such page: ${request.url.split('?')[0]}`, 'NOT_FOUND'));
    });
  },
  { name: 'cadregraph-errors' },
);
