import type { Command } from 'commander';
import { loadLexiconData, LexiconError, LEXICON_DIR } from '../../lexicon/load';

export function register(program: Command): void {
  program
    .command('lexicon-check')
    .description('validate the lexicon data files; prints file:line: message for every problem')
    .option('--dir <dir>', 'lexicon folder', LEXICON_DIR)
    .action((opts: { dir: string }) => {
      try {
        const data = loadLexiconData(opts.dir);
        process.stdout.write(
          `lexicon ok: ${data.titles.length} titles, ${data.bodies.length} bodies, ${data.provinces.length} provinces, ${data.districts.length} districts, ${data.sources.reduce((n, e) => n + e.sites.length, 0)} sites\n`,
        );
      } catch (e) {
        if (!(e instanceof LexiconError)) throw e;
        for (const p of e.problems) process.stderr.write(`${p}\n`);
        process.exitCode = 1;
      }
    });
}
