// Page content is never rendered as HTML in extension pages or the in-page panel:
// no code path in the extension's UI writes markup from a string.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOTS = ['entrypoints', 'src/ui', 'src/dom/highlight.ts', 'src/dom/snapshot.ts', 'src/dom/policy-links.ts'];

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

test('no innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML', () => {
  const sources = ROOTS.flatMap((root) => files(join(process.cwd(), root))).filter((f) => /\.(ts|tsx)$/.test(f));
  expect(sources.length).toBeGreaterThan(10);
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toMatch(
      /\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|createContextualFragment/,
    );
  }
});
