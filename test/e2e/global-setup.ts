// Builds the two extensions the e2e suite loads unless PNA_E2E_SKIP_BUILD=1 says .output is current:
// the production build (activeTab only, no host permissions) and a test-only build that is granted
// the cookies permission and the two local fixture sites at install (a headless browser cannot click
// the permission prompt of the full cookie scan).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BUILDS = [
  { dir: '.output/chrome-mv3', env: {} },
  { dir: '.output/chrome-mv3-site-access', env: { PNA_TEST_SITE_ACCESS: '1' } },
];

export default function setup(): void {
  const wxt = join(process.cwd(), 'node_modules/wxt/bin/wxt.mjs');
  for (const build of BUILDS) {
    const manifest = join(process.cwd(), build.dir, 'manifest.json');
    if (process.env.PNA_E2E_SKIP_BUILD === '1' && existsSync(manifest)) continue;
    // NODE_ENV=test (set by Vitest) would give a development JSX build; test what ships.
    execFileSync(process.execPath, [wxt, 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ...build.env, NODE_ENV: 'production' },
    });
    if (!existsSync(manifest)) throw new Error(`the extension build produced no manifest in ${build.dir}`);
  }
}
