import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { renderReports } from '../../src/report';
import { escapeHtml } from '../../src/report/html';
import { allReports, HOSTILE, hostileReport, notAuditableReport, sampleReport } from './fixtures/reports';

vi.mock('../../src/checks', async () => ({ checks: (await import('./fixtures/registry')).checks }));
vi.mock('../../src/warnings', async () => ({ warnings: (await import('./fixtures/registry')).warnings }));

const html = renderReports(allReports, 'html');

describe('html report', () => {
  it('is one document with no script, handler, frame or embedded object', () => {
    expect(html.match(/<html/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(?:img|iframe|object|embed|link|a|base|form|svg|math)\b/i);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script, img, iframe, object, embed, link, a, base, form')).toHaveLength(0);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of Array.from((el as Element).attributes)) expect(attr.name).not.toMatch(/^on/i);
    }
  });

  it('loads nothing from outside: no src/href attributes, url() or @import', () => {
    // Page text is escaped, so every real tag is a match of <[^>]*>.
    const tags = html.match(/<[^>]*>/g) ?? [];
    expect(tags.filter((t) => /\s(?:src|href|srcset|action|poster|data|background)\s*=/i.test(t))).toEqual([]);
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(style).not.toMatch(/url\(|@import|https?:/i);
    const { document } = parseHTML(html);
    const attributes = Array.from(document.querySelectorAll('*')).flatMap((el) =>
      Array.from((el as Element).attributes).map((a) => a.value),
    );
    expect(attributes.filter((v) => /https?:|javascript:/i.test(v))).toEqual([]);
  });

  it('shows hostile page text as text, escaped', () => {
    const own = renderReports([hostileReport], 'html');
    const { document } = parseHTML(own);
    const text = document.body.textContent ?? '';
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.img);
    expect(text).toContain(HOSTILE.link);
    expect(own).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(own).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(own).not.toContain('\u001b');
    expect(own).not.toContain('\u202e');
    expect(document.querySelector('title')?.textContent).toBe(
      `Privacy notice gap report: Privacy ${HOSTILE.img} Policy`,
    );
  });

  it('is printable: A4 page, print rules, no break inside a gap, a CSP that forbids scripts', () => {
    expect(html).toMatch(/@page\{size:A4;margin:/);
    expect(html).toMatch(/@media print\{/);
    expect(html).toMatch(/\.gap\{[^}]*break-inside:avoid/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('lists gaps missing-first, core before extended, with legal source and sample wording', () => {
    const { document } = parseHTML(renderReports([sampleReport], 'html'));
    const titles = Array.from(document.querySelectorAll('.gap .gap-title')).map((e) => e.textContent);
    expect(titles.slice(0, 2)).toEqual(['No right to complain to the ICO', 'Sources of data not named']);
    expect(titles[4]).toBe('No retention period stated');
    expect(titles.at(-1)).toBe('Cookies not fully described');
    const first = document.querySelector('.gap')!;
    expect(first.textContent).toContain('UK GDPR Art 13(2)(d)');
    expect(first.querySelector('.sample')?.textContent).toContain('Information Commissioner’s Office');
  });

  it('says plainly when an input was not audited, with no score', () => {
    const { document } = parseHTML(renderReports([notAuditableReport], 'html'));
    expect(document.querySelector('.verdict')?.textContent).toContain('does not appear to be in English');
    expect(document.querySelector('.summary')).toBeNull();
    expect(document.querySelector('.score')).toBeNull();
  });

  it('escapes even the enum and number fields of a report read back from storage', () => {
    const forged = JSON.parse(JSON.stringify(sampleReport));
    forged.source.kind = '<b>kind</b>';
    forged.score = '"><script>x</script>';
    forged.checks[2].status = 'partial"><script>y</script>';
    const out = renderReports([forged, sampleReport], 'html');
    expect(out).not.toMatch(/<script|<b>/i);
    const { document } = parseHTML(out);
    expect(document.querySelector('.score')?.textContent).toBe('0');
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
