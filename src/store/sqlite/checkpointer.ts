// Checkpoints the WAL of a busy writer from a thread of its own. A commit in WAL mode appends
// the pages it changed to the log; a checkpoint copies them into the database file and waits for
// the disk (fsync), and SQLite runs it inside whichever commit finds the log past 1,000 pages:
// with groups of hundreds of articles that is every commit, and waiting for the disk was about half of
// the writer's time, more as the graph (and the spread of the pages a group touches) grew. Here
// the writer's commits only append, and a second connection on this thread's side copies pages
// (a PASSIVE checkpoint, which never blocks the writer nor readers) while the writer goes on.
//
// One checkpoint copies the pages of several commits: a group of articles touches most
// leaves of the evidence and edge indexes, so consecutive commits log mostly the same pages, and
// a checkpoint copies each page once however many commits logged it (a third of the copying of
// one checkpoint per commit, measured with four). A commit's pages wait at most a second.
//
// The log starts over from its beginning only when a write transaction begins after a checkpoint
// has copied all of it; should the checkpoints fall behind, the writer waits for one to finish
// before its next transaction once the log is long, so the log stays bounded.
import { Worker } from 'node:worker_threads';

/** Frames (pages) in the log past which the writer waits for a checkpoint. */
const WAIT_FRAMES = 65_536;
/** Commits whose pages one checkpoint copies. */
const COMMITS_PER_CHECKPOINT = 4;
/** Longest a commit's pages wait for a checkpoint when fewer commits follow, in milliseconds. */
const DELAY_MS = 1000;
/** Longest the writer waits for a checkpoint, in milliseconds. */
const WAIT_MS = 60_000;

// Slots of the shared array: what the writer asks, the frames in the log at the last checkpoint,
// whether the thread is up, and how many checkpoints it finished.
const ASK = 0;
const LOG = 1;
const UP = 2;
const DONE = 3;
const SLOTS = 4;
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
    try {
      const [r] = db.pragma('wal_checkpoint(PASSIVE)');
      Atomics.store(flags, ${LOG}, r.log);
    } catch {
      // A failed checkpoint (a full disk) loses nothing: the pages stay in the log, and the
      // writer's own commits report what the disk refuses.
    }
    Atomics.add(flags, ${DONE}, 1);
    Atomics.notify(flags, ${DONE});
  }
} finally {
  Atomics.store(flags, ${UP}, 0);
  Atomics.add(flags, ${DONE}, 1);
  Atomics.notify(flags, ${DONE});
  db.close();
}
`;

export class Checkpointer {
  private readonly flags = new Int32Array(new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT));
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private gone = false;
  /** Commits since the last checkpoint was asked for, and the timer that asks for it if no more come. */
  private pending = 0;
  private timer: NodeJS.Timeout | null = null;

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

  /** Before a write transaction: once the log has grown long, waits for a checkpoint to finish. */
  beforeWrite(): void {
    if (Atomics.load(this.flags, LOG) < WAIT_FRAMES) return;
    const done = Atomics.load(this.flags, DONE);
    this.ask();
    const end = Date.now() + WAIT_MS;
    for (let left = WAIT_MS; left > 0 && Atomics.load(this.flags, UP) === 1 && Atomics.load(this.flags, DONE) === done; left = end - Date.now())
      Atomics.wait(this.flags, DONE, done, left);
  }

  /** After a commit: copy what it logged, with what the next few commits log. */
  afterCommit(): void {
    if (++this.pending >= COMMITS_PER_CHECKPOINT) this.ask();
    else this.timer ??= setTimeout(() => this.ask(), DELAY_MS).unref();
  }

  /** A checkpoint at once, or after the one under way. */
  private ask(): void {
    this.pending = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (Atomics.compareExchange(this.flags, ASK, IDLE, CHECKPOINT) === IDLE) Atomics.notify(this.flags, ASK);
  }

  /** Stops the thread once its checkpoint under way is done, and waits for its connection to close. */
  async stop(): Promise<void> {
    this.gone = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.worker.ref();
    Atomics.store(this.flags, ASK, STOP);
    Atomics.notify(this.flags, ASK);
    await this.exited;
  }
}
