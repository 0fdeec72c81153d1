// The `hukou` command: `npm run -s hukou -- <command>` from a clone, no build step.
import { Command } from 'commander';
import { commandModules } from './commands/index.ts';

const program = new Command('hukou')
  .description('Hukou — 昭通市户籍制度改革平台 / household-registration reform platform')
  .showHelpAfterError()
  // Usage errors (unknown option, missing argument) are bad input: exit 2, like invalid JSON.
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });
for (const m of commandModules) m.register(program);

await program.parseAsync(process.argv);
