// Downloads: GET /exports/<province>.<format> and /exports/all.<format> (formats as in the CLI's
// --format: /exports/an-giang.csv-panel, /exports/all.ftm). The file is streamed as it is
// written, part by part from the store (chunked, never whole in memory), with its content type
// and a file name. Reads need a key when CADREGRAPH_READ_KEYS is set, as /graphql does; the
// server's rate limit counts these requests like any other, and a whole-graph export is heavy, so
// only a few run at once (503 with Retry-After past that).
import { Readable } from 'stream';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { isOneHolderPost } from '../../api/one-holder';
import { access, bearer, type KeyConfig } from '../../api/auth';
import { EXPORT_FILES, EXPORT_FORMATS, exportChunks, exportFileName, isExportFormat, type ExportScope } from '../../export';
import { isCadreError } from '../../model/errors';
import { provinceScope, wholeGraphScope } from '../export-scopes';
import type { GraphStore } from '../../store/graph-store';
import { HttpError } from '../http-error';

export interface ExportsOptions {
  store: GraphStore;
  keys: KeyConfig;
  staleMonths: number;
  /** Exports streaming at once; more get 503. */
  maxConcurrent?: number;
}

/** RFC 6266: an ASCII name for every client, and the same name in UTF-8 for those that read it. */
const disposition = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

const plugin: FastifyPluginAsync<ExportsOptions> = async (app, { store, keys, staleMonths, maxConcurrent = 2 }) => {
  let running = 0;
  app.get<{ Params: { file: string } }>('/exports/:file', async (request, reply) => {
    if (!access(keys, bearer(request.headers.authorization)).canRead) {
      throw new HttpError(401, 'this server needs an API key: send "Authorization: Bearer <key>"');
    }
    const file = request.params.file;
    const dot = file.lastIndexOf('.');
    const [name, format] = dot > 0 ? [file.slice(0, dot), file.slice(dot + 1)] : [file, ''];
    if (!isExportFormat(format)) {
      throw new HttpError(400, `unknown export format "${format}": use /exports/<province or all>.<format> with one of ${EXPORT_FORMATS.join(', ')}`);
    }
    const head = request.method === 'HEAD';
    if (!head && running >= maxConcurrent) {
      reply.header('retry-after', '10');
      throw new HttpError(503, `${running} exports are being written; try again shortly`);
    }
    // A slot is taken from the start (reading a province is part of the work) and freed once, when
    // the answer is over: read to its end, refused, or left by the client.
    if (!head) {
      running++;
      let held = true;
      reply.raw.once('close', () => held && ((held = false), running--));
    }
    const options = { isOneHolder: isOneHolderPost, staleMonths };
    let scope: ExportScope;
    try {
      scope = name === 'all' ? wholeGraphScope(store, options) : await provinceScope(store, name, options);
    } catch (e) {
      if (isCadreError(e) && e.code === 'NOT_FOUND') throw new HttpError(404, e.message);
      throw e;
    }
    const info = EXPORT_FILES[format];
    reply
      .header('content-type', `${info.mime}; charset=utf-8`)
      .header('content-disposition', disposition(exportFileName(scope.name, format, name === 'all' ? 'graph' : 'province')))
      .header('cache-control', 'no-store');
    // HEAD answers what GET would (status and headers) without writing the file.
    if (head) return reply.send();
    return reply.send(Readable.from(exportChunks(format, scope)));
  });
};

export const exportRoutes = fp(plugin, { name: 'cadregraph-exports' });
