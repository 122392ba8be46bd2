import { serve, type ServerType } from '@hono/node-server';
import { createApp, type ServerOptions } from './app.ts';
import { DEFAULT_TIMEOUTS, type HttpTimeouts } from './timeouts.ts';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the server and resolves once it listens. Port 0 picks a free port (tests). */
export function startServer(
  options: ServerOptions & { port: number; hostname?: string; timeouts?: HttpTimeouts },
): Promise<RunningServer> {
  const app = createApp(options);
  const hostname = options.hostname ?? '127.0.0.1';
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const serverOptions = {
    // Node answers 408 and closes the connection when either passes.
    headersTimeout: timeouts.headersSeconds * 1000,
    requestTimeout: timeouts.requestSeconds * 1000,
    // How often Node looks for requests past those limits (30 s by default, too coarse
    // for limits of a few seconds).
    connectionsCheckingInterval: Math.min(
      30_000,
      Math.max(250, (timeouts.headersSeconds * 1000) / 4),
    ),
  };
  return new Promise((resolvePromise, reject) => {
    let server: ServerType | undefined;
    try {
      server = serve({ fetch: app.fetch, port: options.port, hostname, serverOptions }, (info) => {
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
