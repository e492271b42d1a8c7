// Golden-file comparison: UPDATE_GOLDEN=1 rewrites the files instead of comparing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../golden/report');

export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`No golden file test/golden/report/${name}: run UPDATE_GOLDEN=1 npx vitest run test/report`);
  }
  expect(actual, `differs from test/golden/report/${name} (UPDATE_GOLDEN=1 rewrites it)`).toBe(
    readFileSync(file, 'utf8'),
  );
}
