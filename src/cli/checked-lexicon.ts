// A lexicon that fails its checks (an edited YAML file) would make every article come out empty or
// failed, one by one. Commands that read articles check it once, first, and stop with one line.
import { CadreError } from '../model/errors';
import { lexiconData, LexiconError } from '../lexicon';

export function checkLexicon(): void {
  try {
    lexiconData();
  } catch (e) {
    if (!(e instanceof LexiconError)) throw e;
    const more = e.problems.length > 1 ? ` (and ${e.problems.length - 1} more)` : '';
    throw new CadreError('BAD_INPUT', `the lexicon has ${e.problems.length} problem(s), first ${e.problems[0]}${more}: run \`cadregraph lexicon-check\` to see them all`);
  }
}
