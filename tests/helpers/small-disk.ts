// A small tmpfs mounted for one describe block, so a test can fill a disk for real. Mounting needs
// root; where it cannot be done the tests say so and skip their body.
import { execFileSync } from 'child_process';
import { mkdirSync } from 'fs';
import { join } from 'path';

export interface SmallDisk {
  readonly path: string;
  /** Whether the tmpfs is mounted (false: not root, or no mount in this sandbox). */
  mounted(): boolean;
}

export function useSmallDisk(parent: string, size: string): SmallDisk {
  const path = join(parent, 'small-disk');
  let mounted = false;
  beforeAll(() => {
    mkdirSync(path);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path], { stdio: 'ignore' });
      mounted = true;
    } catch {
      // the test says so when it runs
    }
  });
  afterAll(() => {
    if (mounted) execFileSync('umount', [path]);
  });
  return { path, mounted: () => mounted };
}
