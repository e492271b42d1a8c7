import { describe, expect, it, vi } from 'vitest';
import { renderReports } from '../../src/report';
import { escapeMarkdown } from '../../src/report/markdown';
import { allReports, hostileReport, notAuditableReport, sampleReport } from './fixtures/reports';

vi.mock('../../src/checks', async () => ({ checks: (await import('./fixtures/registry')).checks }));
vi.mock('../../src/warnings', async () => ({ warnings: (await import('./fixtures/registry')).warnings }));

/** Markdown with every backslash escape removed, so only live syntax is left to inspect. */
function liveSyntax(md: string): string {
  return md.replace(/\\[\\`*_[\]<>&|~:.#+\-=)]/g, ' ');
}

describe('markdown report', () => {
  const hostile = renderReports([hostileReport], 'md');

  it('leaves hostile text no live link, image, HTML, entity or code', () => {
    const live = liveSyntax(hostile);
    expect(live).not.toMatch(/\]\(/);
    expect(live).not.toMatch(/<[a-z/!]/i);
    expect(live).not.toMatch(/&#?\w+;/);
    expect(live).not.toContain('`');
    expect(hostile).toContain('\\[link\\](javascript:alert(1))');
    expect(hostile).toContain('!\\[pixel\\](http\\://evil.example/x.png)');
    expect(hostile).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(hostile).not.toContain('\u001b');
  });

  it('keeps every table row on one line with the right number of cells', () => {
    for (const line of renderReports(allReports, 'md')
      .split('\n')
      .filter((l) => l.startsWith('|'))) {
      const cells = liveSyntax(line).split('|').length - 2;
      // Fact tables, the overview, the cookie table (8 columns, 9 with "Before consent").
      expect([2, 5, 8, 9]).toContain(cells);
    }
  });

  it('orders the gap report: gaps (missing, then partial), warnings, then what is covered', () => {
    const md = renderReports([sampleReport], 'md');
    const at = (s: string) => md.indexOf(s);
    expect(at('## What the notice must add (9)')).toBeGreaterThan(0);
    expect(at('### 1. No right to complain to the ICO (Missing · core)')).toBeGreaterThan(
      at('## What the notice must add'),
    );
    expect(at('### 5. No retention period stated (Partial · core)')).toBeGreaterThan(at('### 4.'));
    expect(at('## Warnings (2)')).toBeGreaterThan(at('### 9.'));
    expect(at('## What the notice already covers (7)')).toBeGreaterThan(at('## Warnings'));
    expect(md).toContain('**Legal source:** UK GDPR Art 13(2)(d)');
    expect(md).toContain('Sample wording you could adapt:');
  });

  it('says plainly when an input was not audited', () => {
    const md = renderReports([notAuditableReport], 'md');
    expect(md).toContain('**Not audited.** This text does not appear to be in English.');
    expect(md).not.toContain('Score');
  });

  it('one document with a numbered section per report', () => {
    const md = renderReports(allReports, 'md');
    expect(md.match(/^# /gm)).toHaveLength(1);
    expect(md.match(/^## \d\. /gm)).toHaveLength(3);
  });

  it('escapes Markdown-significant characters and flattens line breaks', () => {
    expect(escapeMarkdown('a *b* [c](d)\n# e <x> &amp; `y` ~z~ | w')).toBe(
      'a \\*b\\* \\[c\\](d) # e \\<x\\> \\&amp; \\`y\\` \\~z\\~ \\| w',
    );
  });

  it('leaves bare URLs unlinked and page text no block syntax at a line start', () => {
    expect(escapeMarkdown('see https://evil.example and WWW.evil.example')).toBe(
      'see https\\://evil.example and WWW\\.evil.example',
    );
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('12. item')).toBe('12\\. item');
    expect(escapeMarkdown('3) item')).toBe('3\\) item');
  });
});
