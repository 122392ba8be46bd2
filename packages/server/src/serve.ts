import { serve, type ServerType } from '@hono/node-server';
import { createApp, type ServerOptions } from './app.ts';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the server and resolves once it listens. Port 0 picks a free port (tests). */
export function startServer(
  options: ServerOptions & { port: number; hostname?: string },
): Promise<RunningServer> {
  const app = createApp(options);
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolvePromise, reject) => {
    let server: ServerType | undefined;
    try {
      server = serve({ fetch: app.fetch, port: options.port, hostname }, (info) => {
        const shownHost = hostname === '127.0.0.1' ? 'localhost' : hostname;
        resolvePromise({
          url: `http://${shownHost}:${info.port}`,
          port: info.port,
          close: () =>
            new Promise((done) => {
              server?.close(() => done());
            }),
        });
      });
      server.on('error', reject);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
