// hukou serve: the HTTP server and web app. Stops cleanly on SIGINT/SIGTERM (PGlite must be closed).
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { demoBanner, startServer } from '../../server.ts';

export function register(program: Command) {
  program
    .command('serve')
    .description('启动服务 / start the HTTP server and web app')
    .action(async () => {
      const config = loadConfig();
      const started = Date.now();
      const server = await startServer(config);
      const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite (${config.dataDir})`;
      server.app.log.info(`Hukou ready at ${server.url} on ${where} in ${Date.now() - started} ms`);
      if (config.demo) process.stdout.write(`\nHukou: ${server.url}\n${demoBanner()}\n\n`);
      const stop = async (signal: string) => {
        server.app.log.info(`${signal}: shutting down`);
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
