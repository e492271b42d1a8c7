// Builds the extension the e2e suite loads (production build: activeTab only,
// no host permissions) unless PNA_E2E_SKIP_BUILD=1 says .output is current.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function setup(): void {
  const manifest = join(process.cwd(), '.output/chrome-mv3/manifest.json');
  if (process.env.PNA_E2E_SKIP_BUILD === '1' && existsSync(manifest)) return;
  const wxt = join(process.cwd(), 'node_modules/wxt/bin/wxt.mjs');
  // NODE_ENV=test (set by Vitest) would give a development JSX build; test what ships.
  execFileSync(process.execPath, [wxt, 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (!existsSync(manifest)) throw new Error('the extension build produced no manifest');
}
