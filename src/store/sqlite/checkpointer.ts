// Checkpoints the WAL of a busy writer from a thread of its own. A commit in WAL mode appends
// the pages it changed to the log; a checkpoint copies them into the database file and waits for
// the disk (fsync), and SQLite runs it inside whichever commit finds the log past 1,000 pages:
// with groups of 256 articles that is every commit, and waiting for the disk was about half of
// the writer's time, more as the graph (and the spread of the pages a group touches) grew. Here
// the writer's commits only append, and a second connection on this thread's side copies pages
// (a PASSIVE checkpoint, which never blocks the writer nor readers) while the writer goes on.
//
// The log starts over from its beginning only when a write transaction begins after a checkpoint
// has copied all of it; should the checkpoints fall behind, the writer waits for the one under
// way before its next transaction once the log is long, so the log stays bounded.
import { Worker } from 'node:worker_threads';

/** Frames (pages) in the log past which the writer waits for the checkpoint under way. */
const WAIT_FRAMES = 32_768;
/** Longest the writer waits for a checkpoint, in milliseconds. */
const WAIT_MS = 60_000;

// Slots of the shared array: what the writer asks, whether a checkpoint is running, the frames in
// the log at the last checkpoint, and whether the thread is up.
const ASK = 0;
const RUNNING = 1;
const LOG = 2;
const UP = 3;
const IDLE = 0;
const CHECKPOINT = 1;
const STOP = 2;

// Plain JavaScript run in the thread, so that it is the same from the sources (tests) and from dist/.
const THREAD = (driver: string) => `
const { workerData } = require('node:worker_threads');
const Database = require(${JSON.stringify(driver)});
const flags = workerData.flags;
const db = new Database(workerData.file, { fileMustExist: true, timeout: 0 });
try {
  db.pragma('synchronous = NORMAL');
  Atomics.store(flags, ${UP}, 1);
  for (;;) {
    Atomics.wait(flags, ${ASK}, ${IDLE});
    if (Atomics.exchange(flags, ${ASK}, ${IDLE}) === ${STOP}) break;
    Atomics.store(flags, ${RUNNING}, 1);
    try {
      const [r] = db.pragma('wal_checkpoint(PASSIVE)');
      Atomics.store(flags, ${LOG}, r.log);
    } catch {
      // A failed checkpoint (a full disk) loses nothing: the pages stay in the log, and the
      // writer's own commits report what the disk refuses.
    }
    Atomics.store(flags, ${RUNNING}, 0);
    Atomics.notify(flags, ${RUNNING});
  }
} finally {
  Atomics.store(flags, ${UP}, 0);
  Atomics.store(flags, ${RUNNING}, 0);
  Atomics.notify(flags, ${RUNNING});
  db.close();
}
`;

export class Checkpointer {
  private readonly flags = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private gone = false;

  /** `onGone`: the thread stopped by itself (it could not open the file): the writer checkpoints again. */
  constructor(file: string, onGone: () => void) {
    this.worker = new Worker(THREAD(require.resolve('better-sqlite3')), { eval: true, workerData: { file, flags: this.flags } });
    this.worker.unref();
    this.worker.on('error', () => undefined);
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', () => {
        if (!this.gone) onGone();
        this.gone = true;
        resolve();
      }),
    );
  }

  /** Before a write transaction: waits for the checkpoint under way if the log has grown long. */
  beforeWrite(): void {
    if (Atomics.load(this.flags, LOG) >= WAIT_FRAMES) Atomics.wait(this.flags, RUNNING, 1, WAIT_MS);
  }

  /** After a commit: copy what it logged (at once, or after the checkpoint under way). */
  afterCommit(): void {
    if (Atomics.compareExchange(this.flags, ASK, IDLE, CHECKPOINT) === IDLE) Atomics.notify(this.flags, ASK);
  }

  /** Stops the thread once its checkpoint under way is done, and waits for its connection to close. */
  async stop(): Promise<void> {
    this.gone = true;
    this.worker.ref();
    Atomics.store(this.flags, ASK, STOP);
    Atomics.notify(this.flags, ASK);
    await this.exited;
  }
}
