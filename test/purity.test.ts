// The engine and all it calls run in the extension, in Node and in tests
// alike, so they may import no browser, DOM, Node or WXT module, and must
// type-check with no DOM or Node globals in scope (tsconfig.engine.json).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const PURE_DIRS = ['src/engine', 'src/checks', 'src/warnings', 'src/cookies', 'src/report'];
const ALLOWED_PACKAGES = ['compromise', 'compromise/one'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(code: string): string[] {
  return [
    ...code.matchAll(
      /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

describe('pure engine', () => {
  const files = PURE_DIRS.flatMap((d) => filesUnder(join(root, d)));
  it('has files to check', () => expect(files.length).toBeGreaterThan(20));

  for (const file of files) {
    it(`${relative(root, file)} imports only pure modules`, () => {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = relative(root, join(file, '..', spec));
          expect(
            PURE_DIRS.some((d) => target.startsWith(d)),
            `${spec} leaves the pure folders`,
          ).toBe(true);
        } else {
          expect(ALLOWED_PACKAGES, `imports ${spec}`).toContain(spec);
        }
      }
    });
  }

  it('type-checks with no DOM or Node globals in scope', { timeout: 120_000 }, () => {
    let output = '';
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.engine.json'], {
        cwd: root,
        encoding: 'utf8',
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });
});
