import { Command } from 'commander';
import { isCadreError } from '../model/errors';

// Each command lives in its own module under commands/ and is loaded only when registered,
// so `cadregraph extract` does not pay for the database drivers.
export interface CommandModule {
  register(program: Command): void;
}

const COMMANDS: Array<() => CommandModule> = [
  () => require('./commands/extract'),
  () => require('./commands/lexicon-check'),
  () => require('./commands/generate'),
  () => require('./commands/ingest'),
  () => require('./commands/stats'),
  () => require('./commands/migrate'),
  () => require('./commands/merge-people'),
  () => require('./commands/merges'),
  () => require('./commands/serve'),
  () => require('./commands/export'),
];

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('cadregraph')
    .description('Build a knowledge graph of Vietnamese officials from official news articles')
    .version(require('../../package.json').version)
    .showHelpAfterError();
  for (const load of COMMANDS) load().register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (isCadreError(e)) {
      process.stderr.write(`cadregraph: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`cadregraph: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 70;
    }
  }
}
