import { startServer, type RunningServer } from '@steady/server';
import { APP_DIST } from './paths.ts';

export async function startAppServer(publicConfig?: unknown): Promise<RunningServer> {
  const server = await startServer({ staticDir: APP_DIST, port: 0, publicConfig });
  // 127.0.0.1 rather than localhost: one origin for every request in a test.
  return { ...server, url: `http://127.0.0.1:${server.port}` };
}
