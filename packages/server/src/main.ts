import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.ts';

// Requests are never logged: a path or query could say something about the person.
const here = dirname(fileURLToPath(import.meta.url));
const staticDir = resolve(process.env.STEADY_STATIC_DIR ?? resolve(here, '../../app/dist'));
const port = Number(process.env.PORT ?? 8080);
const hostname = process.env.HOST ?? '127.0.0.1';

if (!existsSync(resolve(staticDir, 'index.html'))) {
  console.error(`Steady: no built app in ${staticDir}. Run "npm run build" first.`);
  process.exit(1);
}

const server = await startServer({ staticDir, port, hostname });
console.log(`Steady is running at ${server.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
