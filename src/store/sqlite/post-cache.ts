// Every tenure's state reads its whole post, and the largest posts (a Central Committee seat:
// 2,000 holders, 64,000 sources) cost hundreds of milliseconds of evidence rows scattered over the
// file, though they change only when the graph is written. So posts read are remembered until this
// connection writes or another one commits (PRAGMA data_version), and forgotten past a bound.
import type { PostHolderRecord } from '../graph-store';

export class PostCache {
  private readonly posts = new Map<string, PostHolderRecord[]>();
  private holders = 0;
  private version: unknown;

  constructor(
    private readonly dataVersion: () => unknown,
    private readonly maxHolders = 200_000,
  ) {}

  /** The holders of these posts, reading only the posts not remembered. The records are shared: read only. */
  read(positionIds: readonly string[], load: (ids: string[]) => PostHolderRecord[]): PostHolderRecord[] {
    const version = this.dataVersion();
    if (version !== this.version) this.forget();
    this.version = version;
    const ids = [...new Set(positionIds)];
    const missing = ids.filter((id) => !this.posts.has(id));
    const loaded = new Map<string, PostHolderRecord[]>(missing.map((id) => [id, []]));
    if (missing.length) for (const h of load(missing)) loaded.get(h.positionId)?.push(h);
    const answer = ids.flatMap((id) => loaded.get(id) ?? this.posts.get(id)!);
    for (const [id, list] of loaded) {
      if (this.holders + list.length > this.maxHolders) this.forget();
      this.posts.set(id, list);
      this.holders += list.length;
    }
    return answer;
  }

  forget(): void {
    this.posts.clear();
    this.holders = 0;
  }
}
