import type { Command } from 'commander';
import { extractArticle } from '../../extract';
import { readArticleSources } from '../../sources/read-articles';
import { formatSummary } from '../format-summary';
import type { ArticleFacts } from '../../model/facts';
import { checkLexicon } from '../checked-lexicon';

export function register(program: Command): void {
  program
    .command('extract')
    .description('read articles (.txt or saved .html) and print the facts they state')
    .argument('<files...>', 'article files or folders')
    .option('--json', 'print one JSON object per file (JSON Lines)')
    .option('--province <name>', 'province the articles are about, when the text does not say')
    .option('--published <date>', 'publication date YYYY-MM-DD, for dates written without a year')
    .action(async (files: string[], opts: { json?: boolean; province?: string; published?: string }) => {
    checkLexicon();
      let failed = 0;
      // Output is gathered and written in blocks: one write per article is slow on a pipe.
      let pending: string[] = [];
      const flush = () => {
        if (pending.length) process.stdout.write(pending.join(''));
        pending = [];
      };
      const write = (s: string) => {
        pending.push(s + '\n');
        if (pending.length >= 200) flush();
      };
      for await (const item of readArticleSources(files, { province: opts.province, publishedAt: opts.published })) {
        let facts: ArticleFacts | undefined;
        let error = item.error;
        // An article that states nothing about officials (prices, weather) is a normal result, not
        // a failure: it is said once, and only unreadable files or crashes set the exit code.
        let notice: string | undefined;
        if (item.input) {
          try {
            facts = extractArticle(item.input);
            if (!facts.meetings.length && !facts.people.length && !facts.events.length) notice = 'no officials, meetings or personnel events found in the article';
          } catch (e) {
            error = `could not extract: ${(e as Error).message}`;
          }
        }
        if (error) failed++;
        if (opts.json) write(JSON.stringify(facts ? { ...facts, ...(error ? { error } : {}), ...(notice ? { notice } : {}) } : { file: item.file, error }));
        else if (error || notice) {
          flush();
          process.stderr.write(`${item.file}: ${error ?? notice}\n`);
        }
        if (!opts.json && facts && !error && !notice) write(formatSummary(facts));
      }
      flush();
      if (failed) process.exitCode = 1;
    });
}
