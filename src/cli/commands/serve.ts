import type { Command } from 'commander';
import { CadreError } from '../../model/errors';
import { addStoreOptions, type StoreCliOptions } from '../with-store';

export function register(program: Command): void {
  addStoreOptions(
    program
      .command('serve')
      .description('serve the GraphQL API at /graphql (with an IDE for browsers) and the dashboard at /')
      .option('--port <n>', 'port to listen on', '4000')
      .option('--host <host>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1'),
  ).action(async (opts: StoreCliOptions & { port: string; host: string }) => {
    const port = Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CadreError('BAD_INPUT', `--port must be a port number (got ${opts.port})`);
    const { openStore } = require('../../store') as typeof import('../../store');
    const { startServer } = require('../../api/server') as typeof import('../../api/server');
    const store = await openStore({ data: opts.data });
    const server = await startServer({ store, port, host: opts.host });
    process.stdout.write(`cadregraph: serving ${store.engine} graph at ${server.url}/ (GraphQL at ${server.url}/graphql)\n`);
    const stop = async () => {
      await server.close();
      await store.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
