import type { Command } from 'commander';
import { CadreError } from '../../model/errors';
import { addStoreOptions, type StoreCliOptions } from '../with-store';
import { checkLexicon } from '../checked-lexicon';

export function register(program: Command): void {
  addStoreOptions(
    program
      .command('serve')
      .description('serve the GraphQL API at /graphql (with an IDE for browsers) and the dashboard at /')
      .option('--port <n>', 'port to listen on', '4000')
      .option('--host <host>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
      .option('--quiet', 'log only errors, not a line per request'),
  ).action(async (opts: StoreCliOptions & { port: string; host: string; quiet?: boolean }) => {
    checkLexicon();
    const port = Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CadreError('BAD_INPUT', `--port must be a port number (got ${opts.port})`);
    const { openStore } = require('../../store') as typeof import('../../store');
    const { startServer, serverConfigFromEnv } = require('../../server') as typeof import('../../server');
    const { stopOnSignals } = require('../../server/shutdown') as typeof import('../../server/shutdown');
    // Read before the store opens, so a mistyped variable costs nothing.
    const config = serverConfigFromEnv();
    const store = await openStore({ data: opts.data });
    const server = await startServer({ store, port, host: opts.host, config, log: opts.quiet ? 'errors' : 'requests', closeStore: true }).catch(async (e) => {
      await store.close();
      throw e;
    });
    const say = (line: string) => process.stdout.write(`cadregraph: ${line}\n`);
    say(`serving ${store.engine} graph at ${server.url}/ (GraphQL at ${server.url}/graphql)`);
    stopOnSignals(server, say);
  });
}
