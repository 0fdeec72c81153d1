// The server under e2e test: the real application in process, on an in-memory PGlite with the demo users,
// serving the built web app (npm run build:web runs before the e2e project).
import { loadConfig } from '../../src/config.ts';
import { startServer } from '../../src/server.ts';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({
    ...process.env,
    HUKOU_DATA_DIR: 'memory://',
    PORT: '0',
    HUKOU_DEMO: '1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    NODE_ENV: 'test',
    ...env,
  });
  const server = await startServer(config);
  return { url: server.url, close: server.close };
}
