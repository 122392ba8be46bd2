import { resolve } from 'node:path';
import { BUDGETS, measureBundle } from './bundle-size.mjs';

const dist = resolve(import.meta.dirname, '../packages/app/dist');
const size = measureBundle(dist);
let failed = 0;
for (const [key, limit] of Object.entries(BUDGETS)) {
  const value = size[key];
  const ok = value <= limit;
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${key}: ${(value / 1024).toFixed(1)} KB gzip (budget ${(limit / 1024).toFixed(0)} KB)`,
  );
}
process.exit(failed ? 1 : 0);
