// The server under load in its own process, as `cadregraph serve` runs it, so that the load
// generator does not share its event loop. Prints the URL on the first line.
import { startServer } from '../src/server';
import { openEmbeddedStore } from '../src/store';

(async () => {
  const store = await openEmbeddedStore(process.argv[2]);
  const server = await startServer({ store, port: 0, config: { rateLimit: { max: 0, windowMs: 60_000 } } }) // no per-address limit: the load comes from one address;
  process.stdout.write(`${server.url}\n`);
  process.once('SIGTERM', async () => {
    await server.close();
    await store.close();
    process.exit(0);
  });
})().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
