// The engine and all it calls run in the extension, in Node and in tests
// alike, so they may use no browser, DOM, Node or WXT API (DEVELOPERS.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const PURE_DIRS = ['src/engine', 'src/checks', 'src/warnings', 'src/cookies', 'src/report'];
const FORBIDDEN: [string, RegExp][] = [
  ['a Node built-in', /from ['"](?:node:|fs['"]|path['"]|child_process|http['"]|https['"]|url['"]|os['"])/],
  ['WXT or the extension API', /from ['"](?:wxt|#imports|webextension-polyfill|@wxt-dev)/],
  ['browser globals', /\b(?:window|document|navigator|localStorage|chrome|browser)\s*\./],
  ['Node globals', /\b(?:process|Buffer|__dirname|require)\s*[.(]/],
  ['UI or CLI code', /from ['"]\.\.\/(?:ui|dom|cli)\//],
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('pure engine', () => {
  const files = PURE_DIRS.flatMap((d) => filesUnder(join(root, d)));
  it('has files to check', () => expect(files.length).toBeGreaterThan(20));
  for (const file of files) {
    it(`${relative(root, file)} uses no browser, DOM or Node API`, () => {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
      for (const [what, pattern] of FORBIDDEN) expect(pattern.test(code), `uses ${what}`).toBe(false);
    });
  }
});
