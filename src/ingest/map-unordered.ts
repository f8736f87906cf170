// Runs an async step over a stream with a bounded number of results outstanding (started and
// not yet taken by the consumer), yielding them as they finish, in runs: each run is every result
// finished by the time the consumer asks. The bound keeps memory flat however long the stream;
// starting work ahead of the consumer keeps workers busy while the consumer is busy with something
// else (committing a group), and the run it then takes is what the workers did meanwhile, so a
// consumer that slows down takes larger runs.

export async function* mapUnordered<T, R>(source: AsyncIterable<T>, limit: number, step: (item: T) => Promise<R>): AsyncGenerator<R[]> {
  const ready: R[] = [];
  let outstanding = 0;
  let finished = false;
  let stopped = false;
  const errors: unknown[] = [];
  const consumer = signal();
  const producer = signal();

  void (async () => {
    for await (const item of source) {
      while (outstanding >= limit && !stopped) await producer.wait();
      if (stopped) return;
      outstanding++;
      step(item).then(
        (r) => {
          ready.push(r);
          consumer.notify();
        },
        (error) => {
          errors.push(error);
          consumer.notify();
        },
      );
    }
  })().then(
    () => {
      finished = true;
      consumer.notify();
    },
    (error) => {
      errors.push(error);
      consumer.notify();
    },
  );

  try {
    for (;;) {
      if (errors.length) throw errors[0];
      if (ready.length) {
        // Results that finished while this thread was busy are still queued as events: let them land.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const run = ready.splice(0);
        outstanding -= run.length;
        producer.notify();
        yield run;
      } else if (finished && outstanding === 0) return;
      else await consumer.wait();
    }
  } finally {
    // The consumer stopped early (returned or threw): start nothing more.
    stopped = true;
    producer.notify();
  }
}

/** One waiter at a time: `wait()` resolves at the next `notify()`. */
function signal() {
  let waiter: (() => void) | null = null;
  return {
    wait: () => new Promise<void>((resolve) => (waiter = resolve)),
    notify: () => {
      const w = waiter;
      waiter = null;
      w?.();
    },
  };
}
