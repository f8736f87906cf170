import { existsSync } from 'fs';
import { execFileSync } from 'child_process';
import { join } from 'path';
import { ROOT, BIN } from '../helpers/cli';

// The development set lives beside the repository (../shared), not in it: a user's clone has
// no such folder, and then this gate cannot run.
const SHARED = join(ROOT, '..', 'shared');
const SEEDS = join(SHARED, 'seeds');
const SCORER = join(SHARED, 'eval', 'score.mjs');
const MIN_F1 = 0.97;

const available = existsSync(SEEDS) && existsSync(SCORER);
if (!available) console.warn(`seed score test skipped: ${SEEDS} is not here (it is only beside the repository in CI and development)`);

(available ? test : test.skip)(`extraction F1 on ../shared/seeds is at least ${MIN_F1}`, () => {
  const out = execFileSync(process.execPath, [SCORER, '--articles', SEEDS, '--cmd', `"${process.execPath}" "${BIN}" extract --json`, '--verbose'], { encoding: 'utf8' });
  const f1 = Number(/overall F1 ([\d.]+)/.exec(out)?.[1]);
  if (!(f1 >= MIN_F1)) console.log(out);
  expect(f1).toBeGreaterThanOrEqual(MIN_F1);
});
