// What a connection's writes need of the file under them: that it is still the file that was opened,
// that its disk has room, and that its log is checkpointed, by a thread of its own once the connection
// commits a lot (checkpointer.ts).
import type { Database } from 'better-sqlite3';
import { statfsSync, statSync, type Stats } from 'fs';
import { dirname } from 'path';
import { CadreError } from '../../model/errors';
import { Checkpointer } from './checkpointer';
import { storeError } from './errors';

/** Less room than this on the data folder's disk and the next write fails (hasRoom). */
const MIN_FREE_BYTES = 64 * 1024;

/**
 * A log this long (SQLite's own checkpoint threshold, 1,000 pages) means a writer that commits
 * a lot: its checkpoints move to a thread of their own.
 */
const CHECKPOINT_APART_BYTES = 1000 * 4096;

export class FileKeeper {
  /** The file as opened: a write checks it is still the one at `file`. */
  private readonly opened: Stats;
  /** The thread that checkpoints for this connection, once it writes a lot; none for a bulk load (no log). */
  private checkpointer: Checkpointer | null = null;
  private checkpointsApart: boolean;

  constructor(
    private readonly db: Database,
    readonly file: string,
    checkpoints: boolean,
  ) {
    this.opened = statSync(file);
    this.checkpointsApart = checkpoints;
  }

  /** Before a write transaction. */
  beforeWrite(): void {
    this.checkInPlace();
    this.checkpointer?.beforeWrite();
  }

  /** After a commit: the write went into the file at `file`, and its log is checkpointed. */
  afterCommit(): void {
    this.checkInPlace();
    if (this.checkpointer) return this.checkpointer.afterCommit();
    if (!this.checkpointsApart || (statSync(`${this.file}-wal`, { throwIfNoEntry: false })?.size ?? 0) < CHECKPOINT_APART_BYTES) return;
    // The write is committed: a thread that cannot start leaves the checkpoints to SQLite, never fails it.
    this.checkpointsApart = false;
    try {
      const checkpointer = new Checkpointer(this.file, () => {
        // The thread could not work (its connection failed to open): the writer checkpoints again.
        this.checkpointer = null;
        if (this.db.open) this.db.pragma('wal_autocheckpoint = 1000');
      });
      this.checkpointer = checkpointer;
      this.db.pragma('wal_autocheckpoint = 0');
      checkpointer.afterCommit();
    } catch {
      this.checkpointer = null;
    }
  }

  /**
   * A file removed or replaced while open (its folder deleted, say) still takes writes that nobody will
   * ever read: that is an error before and after each commit.
   */
  checkInPlace(): void {
    const now = statSync(this.file, { throwIfNoEntry: false });
    if (!now || now.ino !== this.opened.ino || now.dev !== this.opened.dev) {
      throw new CadreError('STORE_UNAVAILABLE', `the graph file ${this.file} was ${now ? 'replaced' : 'removed'} while cadregraph had it open: this write is not in it; restart cadregraph (and restore the file if it was not meant to go)`);
    }
  }

  /** A write rolled back touches no page on disk, so a full disk is told by the room left on it. */
  checkRoom(): void {
    const fs = statfsSync(dirname(this.file));
    if (fs.bavail * fs.bsize < MIN_FREE_BYTES) throw storeError(Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' }), this.file);
  }

  /** Stops the checkpoint thread: its connection closes first, so the store's, the last, removes the log. */
  async stop(): Promise<void> {
    await this.checkpointer?.stop();
    this.checkpointer = null;
  }
}
