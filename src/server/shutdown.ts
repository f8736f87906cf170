// SIGTERM (an orchestrator, systemd) and SIGINT (Ctrl-C) stop the server the same way: no new
// connections, running requests finish (cut at the shutdown timeout), then the store closes and
// the process exits 0. A second signal exits at once.
import type { RunningServer } from './index';

export function stopOnSignals(server: RunningServer, say: (line: string) => void): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      say(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    say(`${signal}: finishing running requests, then closing the store`);
    server.close().then(
      () => {
        say('stopped; store closed');
        process.exit(0);
      },
      (e: unknown) => {
        say(`error while stopping: ${(e as Error)?.message ?? String(e)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
