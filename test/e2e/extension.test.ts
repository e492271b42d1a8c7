// The extension in real headless Chromium: a real toolbar click on fixture
// pages served from 127.0.0.1, checked against the CLI on the same HTML.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditReport } from '../../src/engine/types';
import type { TabAudit } from '../../src/messaging';
import { EXTENSION_DIR, type ExtensionBrowser, launchExtensionBrowser, type Popup, sleep } from './harness/browser';
import { auditWithCli, statusesOf } from './harness/cli';
import { type FixtureServer, startFixtureServer } from './harness/server';
import { textToHtml } from './harness/text-to-html';

// The extension service worker's global, inside worker.evaluate().
declare const chrome: { storage: { session: { get(key: string | null): Promise<Record<string, unknown>> } } };

const RESULTS = join(process.cwd(), 'test-results');
const AXE_SOURCE = readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');
const POLICY_FIXTURES = ['complete-notice.html', 'gappy-notice.html', 'hostile-notice.html'] as const;

let server: FixtureServer;
let b: ExtensionBrowser;
let cli: Record<string, AuditReport>;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await startFixtureServer();
  // Cookies readable by the page (and one HttpOnly that it cannot read) for the cookie summary; the path
  // keeps them to this page, so the other pages have no cookie data, like the CLI.
  const path = 'Path=/complete-notice.html';
  server.headersFor.set('/complete-notice.html', {
    'set-cookie': [`basket_id=b-123; ${path}`, `_ga=GA1.1.42; ${path}`, `session=secret; ${path}; HttpOnly`],
  });
  b = await launchExtensionBrowser(server);
  cli = auditWithCli(Object.fromEntries(POLICY_FIXTURES.map((name) => [name, server.fixture(name)])));
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

async function popupStatuses(popup: Popup): Promise<Record<string, string>> {
  return popup.evaluate(
    `Object.fromEntries([...document.querySelectorAll('.checklist [data-check-id]')].map((el) => [el.dataset.checkId, el.dataset.status]))`,
  );
}

async function auditByClick(path: string): Promise<{ page: Page; popup: Popup }> {
  const page = await b.open(path);
  const popup = await b.clickToolbar(page);
  await popup.waitFor(
    `document.documentElement.dataset.phase && document.documentElement.dataset.phase !== 'auditing' && document.documentElement.dataset.phase !== 'starting'`,
  );
  return { page, popup };
}

async function storedAudit(tabId: number): Promise<TabAudit | null> {
  return b.worker.evaluate(async (id) => {
    const key = `audit:${id}`;
    return ((await chrome.storage.session.get(key))[key] ?? null) as never;
  }, tabId);
}

async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return Object.fromEntries([...registry.entries()].map(([name, h]) => [name, h.size]));
  });
}

async function panelLists(page: Page): Promise<{ gaps: string[]; found: string[]; visible: boolean } | null> {
  return b.evaluateIsolated(
    page,
    `(() => {
      const root = globalThis.__pnaAuditor?.controller.panelRoot;
      if (!root) return null;
      const ids = (list) => [...root.querySelectorAll('[data-pna-list="' + list + '"] [data-check-id]')].map((el) => el.dataset.checkId);
      return { gaps: ids('gaps'), found: ids('found'), visible: !root.querySelector('.panel').hidden };
    })()`,
  );
}

async function waitUntil<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > end) return value;
    await sleep(30);
  }
}

async function runAxe(popup: Popup): Promise<{ id: string; nodes: number; help: string }[]> {
  await popup.evaluate(`(() => { ${AXE_SOURCE}; return true })()`).catch(async () => {
    await popup.evaluate(`${AXE_SOURCE}; true`);
  });
  return popup.evaluate(`(async () => {
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length, help: v.help }));
  })()`);
}

describe('a complete notice', () => {
  let page: Page;
  let popup: Popup;

  beforeAll(async () => {
    ({ page, popup } = await auditByClick('/complete-notice.html'));
  });

  test('a real toolbar click shows the checklist, six core checks first, equal to the CLI', async () => {
    const statuses = await popupStatuses(popup);
    expect(statuses).toEqual(statusesOf(cli['complete-notice.html']!));
    const order = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('.checklist [data-check-id]')].map((el) => el.dataset.checkId)`,
    );
    expect(order.slice(0, 6)).toEqual([
      'controller-identity',
      'lawful-basis',
      'retention',
      'rights',
      'ico-complaint',
      'international-transfers',
    ]);
    const score = await popup.evaluate<string>(`document.querySelector('.score-number').textContent`);
    expect(Number(score)).toBe(cli['complete-notice.html']!.score);
    writeFileSync(join(RESULTS, 'popup-complete.png'), await popup.screenshot());
  });

  test('met evidence is highlighted with the CSS Custom Highlight API, and the panel lists no gaps', async () => {
    const sizes = await waitUntil(
      () => highlightSizes(page),
      (s) => (s['pna-met'] ?? 0) > 0,
    );
    expect(sizes['pna-met']).toBeGreaterThan(10);
    expect(sizes['pna-partial']).toBeUndefined();
    const panel = await panelLists(page);
    expect(panel?.gaps).toEqual([]);
    expect(panel?.found.length).toBe(cli['complete-notice.html']!.checks.filter((c) => c.status === 'met').length);
    // The page's text is untouched: no element was wrapped around the evidence.
    expect(await page.evaluate(() => document.querySelectorAll('mark, [data-pna-highlight]').length)).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'page-highlighted.png') });
  });

  test('hovering highlighted evidence shows the check’s name', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const point = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('Northwind Outdoor Ltd'));
      const range = document.createRange();
      range.selectNodeContents(p!.firstChild!);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 40, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const tip = await waitUntil(
      () =>
        b.evaluateIsolated<{ text: string; display: string } | null>(
          page,
          `(() => { const tip = globalThis.__pnaAuditor?.controller.panelRoot?.querySelector('.tip'); return tip ? { text: tip.textContent, display: tip.style.display } : null })()`,
        ),
      (t) => t?.display === 'block',
    );
    const title = cli['complete-notice.html']!.checks.find((c) => c.id === 'controller-identity')?.title;
    expect(tip).toEqual({ text: title, display: 'block' });
    await page.mouse.move(5, 850);
  });

  test('the cookie summary names the cookies document.cookie shows (not the HttpOnly one)', async () => {
    const names = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('.cookie-names code')].map((c) => c.textContent)`,
    );
    expect(names.sort()).toEqual(['_ga', 'basket_id']);
  });

  test('clicking an evidence quote scrolls the page to it and flashes it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.evaluate(`(() => {
      const item = document.querySelector('[data-check-id="retention"]');
      item.querySelector('details').open = true;
      item.querySelector('button.quote').click();
    })()`);
    const y = await waitUntil(
      () => page.evaluate(() => window.scrollY),
      (v) => v > 200,
    );
    expect(y).toBeGreaterThan(200);
    const sizes = await highlightSizes(page);
    expect(sizes['pna-focus']).toBeGreaterThan(0);
  });

  test('the panel’s jump list scrolls to each item found', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await b.evaluateIsolated(
      page,
      `globalThis.__pnaAuditor.controller.panelRoot.querySelector('[data-pna-list="found"] [data-check-id="ico-complaint"] button').click()`,
    );
    const y = await waitUntil(
      () => page.evaluate(() => window.scrollY),
      (v) => v > 300,
    );
    expect(y).toBeGreaterThan(300);
  });

  test('the popup has no axe-core violations', async () => {
    expect(await runAxe(popup)).toEqual([]);
  });

  test('reopening the popup shows the stored report at once; re-run audits again', async () => {
    await popup.close();
    const again = await b.clickToolbar(page);
    await again.waitFor(`document.querySelector('.checklist [data-check-id]')`);
    expect(await again.evaluate(`document.documentElement.dataset.firstPhase`)).toBe('done');
    const tabId = await b.tabIdOf(page);
    const before = await storedAudit(tabId);
    await again.evaluate(`document.querySelector('[data-action="rerun"]').click()`);
    const after = await waitUntil(
      () => storedAudit(tabId),
      (s) => s?.phase === 'done' && before?.phase === 'done' && s.report.auditedAt !== before.report.auditedAt,
    );
    expect(after?.phase).toBe('done');
    await again.waitFor(`document.querySelector('.checklist [data-check-id]')`);
    expect(await popupStatuses(again)).toEqual(statusesOf(cli['complete-notice.html']!));
    popup = again;
  });

  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });
});

describe('a gappy notice', () => {
  let page: Page;
  let popup: Popup;

  beforeAll(async () => {
    ({ page, popup } = await auditByClick('/gappy-notice.html'));
  });

  test('statuses, reasons and warnings match the CLI', async () => {
    const report = cli['gappy-notice.html']!;
    expect(await popupStatuses(popup)).toEqual(statusesOf(report));
    const reasons = await popup.evaluate<Record<string, string | null>>(
      `Object.fromEntries([...document.querySelectorAll('.checklist [data-check-id]')].map((el) => [el.dataset.checkId, el.querySelector('.reason')?.textContent ?? null]))`,
    );
    for (const check of report.checks) expect(reasons[check.id]).toBe(check.reason);
    const warnings = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('[data-warning-id]')].map((el) => el.dataset.warningId)`,
    );
    expect(warnings).toEqual(report.warnings.map((w) => w.id));
    writeFileSync(join(RESULTS, 'popup-gappy.png'), await popup.screenshot());
    await popup.evaluate(`(() => {
      const item = document.querySelector('[data-check-id="retention"]');
      item.querySelector('details').open = true;
      item.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -60);
    })()`);
    writeFileSync(join(RESULTS, 'popup-gappy-expanded.png'), await popup.screenshot());
    await popup.evaluate(`window.scrollTo(0, document.body.scrollHeight)`);
    writeFileSync(join(RESULTS, 'popup-gappy-bottom.png'), await popup.screenshot());
    await popup.evaluate(`window.scrollTo(0, 0)`);
  });

  test('partial evidence is highlighted amber and the panel lists what is missing', async () => {
    const report = cli['gappy-notice.html']!;
    const sizes = await waitUntil(
      () => highlightSizes(page),
      (s) => (s['pna-partial'] ?? 0) > 0,
    );
    expect(sizes['pna-partial']).toBeGreaterThan(0);
    const panel = await panelLists(page);
    const gaps = report.checks.filter((c) => c.status === 'missing' || c.status === 'partial').map((c) => c.id);
    expect([...(panel?.gaps ?? [])].sort()).toEqual([...gaps].sort());
    // Missing items first, core before extended.
    expect(panel?.gaps[0]).toBe('ico-complaint');
    await page.screenshot({ path: join(RESULTS, 'page-gappy-highlighted.png') });
  });

  test('highlights turn off and on from the popup, and are cleared when off', async () => {
    await popup.evaluate(`document.querySelector('[data-action="highlights"]').click()`);
    const cleared = await waitUntil(
      () => highlightSizes(page),
      (s) => Object.keys(s).length === 0,
    );
    expect(cleared).toEqual({});
    expect(await panelLists(page)).toBeNull();
    expect(await page.evaluate(() => document.querySelector('[data-pna-panel]'))).toBeNull();
    expect(
      await popup.evaluate(`document.querySelector('[data-action="highlights"]').getAttribute('aria-checked')`),
    ).toBe('false');
    await popup.evaluate(`document.querySelector('[data-action="highlights"]').click()`);
    const back = await waitUntil(
      () => highlightSizes(page),
      (s) => (s['pna-partial'] ?? 0) > 0,
    );
    expect(back['pna-partial']).toBeGreaterThan(0);
    expect((await panelLists(page))?.gaps.length).toBeGreaterThan(0);
  });

  test('keyboard: Tab reaches the controls and checklist; Enter opens an item; Space toggles the switch', async () => {
    const tabId = await b.tabIdOf(page);
    const tab = await b.ctx.newPage();
    await tab.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await tab.waitForSelector('.checklist [data-check-id]');
    const focusPath: string[] = [];
    for (let i = 0; i < 4; i++) {
      await tab.keyboard.press('Tab');
      focusPath.push(
        await tab.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return (
            el?.dataset.action ?? el?.closest('[data-check-id]')?.getAttribute('data-check-id') ?? el?.tagName ?? ''
          );
        }),
      );
    }
    expect(focusPath).toEqual(['rerun', 'highlights', 'report', 'controller-identity']);
    await tab.keyboard.press('Enter');
    expect(
      await tab.evaluate(
        () => document.querySelector<HTMLDetailsElement>('[data-check-id="controller-identity"] details')?.open,
      ),
    ).toBe(true);
    await tab.focus('[data-action="highlights"]');
    await tab.keyboard.press('Space');
    await tab.waitForFunction(
      () => document.querySelector('[data-action="highlights"]')?.getAttribute('aria-checked') === 'false',
    );
    await tab.keyboard.press('Space');
    await tab.waitForFunction(
      () => document.querySelector('[data-action="highlights"]')?.getAttribute('aria-checked') === 'true',
    );
    await tab.close();
  });

  test('exports: Markdown, HTML, JSON and CSV with dated file names, and the gap summary', async () => {
    const tabId = await b.tabIdOf(page);
    const stored = await storedAudit(tabId);
    if (stored?.phase !== 'done') throw new Error('no stored report');
    const origin = `chrome-extension://${b.extensionId}`;
    const tab = await b.ctx.newPage();
    await tab.goto(`${origin}/popup.html?tab=${tabId}`);
    await tab.waitForSelector('[data-export="md"]');
    const today = new Date();
    const stamp = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const files: Record<string, { name: string; text: string }> = {};
    for (const format of ['md', 'html', 'json', 'csv']) {
      const [download] = await Promise.all([tab.waitForEvent('download'), tab.click(`[data-export="${format}"]`)]);
      const path = await download.path();
      files[format] = { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
      expect(files[format]!.name).toBe(`privacy-audit_127.0.0.1_${stamp}.${format}`);
    }
    const report = stored.report;
    const json = JSON.parse(files.json!.text) as AuditReport;
    expect(json.schemaVersion).toBe(1);
    expect(json.source.kind).toBe('page');
    expect(json.source.location).toBe(page.url());
    expect(statusesOf(json)).toEqual(statusesOf(report));
    expect(json.score).toBe(report.score);
    for (const check of report.checks.filter((c) => c.status === 'missing')) {
      expect(files.md!.text).toContain(check.title);
      expect(files.html!.text).toContain(check.title.replaceAll('&', '&amp;').replaceAll("'", '&#39;'));
    }
    const csvLines = files.csv!.text.trim().split(/\r?\n/);
    for (const check of report.checks) expect(files.csv!.text).toContain(check.id);
    expect(csvLines.length).toBeGreaterThanOrEqual(report.checks.length + 1);
    expect(files.html!.text).toMatch(/^<!doctype html>/i);
    expect(files.html!.text).not.toMatch(/<script\b|<link\b|\bsrc=["']?https?:|@import/i);
    for (const [format, file] of Object.entries(files))
      writeFileSync(join(RESULTS, `export-gappy.${format}`), file.text);

    await tab.click('[data-export="summary"]');
    await tab.waitForFunction(() => /copied/i.test(document.querySelector('.export-status')?.textContent ?? ''));
    // Read the real clipboard back by pasting it into a field.
    const clipboard = await tab
      .evaluate(async () => {
        const area = document.createElement('textarea');
        document.body.append(area);
        area.focus();
        return area;
      })
      .then(async () => {
        await tab.keyboard.press('Control+V');
        return tab.evaluate(() => document.querySelector('textarea')?.value ?? '');
      });
    expect(clipboard).toMatch(/^Privacy notice gaps/);
    for (const check of report.checks.filter((c) => c.status === 'missing')) expect(clipboard).toContain(check.title);
    await tab.close();
  });

  test('the full-page report lists the gaps and every check, and prints cleanly', async () => {
    const tabId = await b.tabIdOf(page);
    const report = cli['gappy-notice.html']!;
    const tab = await b.ctx.newPage();
    await tab.setViewportSize({ width: 1100, height: 900 });
    await tab.goto(`chrome-extension://${b.extensionId}/report.html?tab=${tabId}`);
    await tab.waitForSelector('.full-checklist [data-check-id]');
    const gapIds = await tab.$$eval('.gaps [data-check-id]', (els) =>
      els.map((el) => el.getAttribute('data-check-id')),
    );
    expect([...gapIds].sort()).toEqual(
      report.checks
        .filter((c) => c.status === 'missing' || c.status === 'partial')
        .map((c) => c.id)
        .sort(),
    );
    await tab.evaluate(AXE_SOURCE);
    const violations = await tab.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(d: Document): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document)).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    const all = await tab.$$eval('.full-checklist [data-check-id]', (els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute('data-check-id'), el.getAttribute('data-status')])),
    );
    expect(all).toEqual(statusesOf(report));
    await tab.screenshot({ path: join(RESULTS, 'report-page.png') });
    await tab.screenshot({ path: join(RESULTS, 'report-page-full.png'), fullPage: true });
    await tab.screenshot({
      path: join(RESULTS, 'report-page-checklist.png'),
      fullPage: true,
      clip: await tab.$eval('.full-checklist', (el) => {
        const r = el.getBoundingClientRect();
        return { x: 0, y: r.top + scrollY - 10, width: 1100, height: 900 };
      }),
    });
    await tab.emulateMedia({ media: 'print' });
    expect(await tab.$eval('.exports', (el) => getComputedStyle(el.closest('.no-print') ?? el).display)).toBe('none');
    await tab.screenshot({ path: join(RESULTS, 'report-page-print.png'), fullPage: true });
    await tab.pdf?.({ path: join(RESULTS, 'report-page.pdf') }).catch(() => {});
    await tab.close();
  });

  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });
});

describe('a page that is not a notice', () => {
  test('lists the notices it links to; one click opens and audits the linked notice', async () => {
    const { page, popup } = await auditByClick('/shop-home.html');
    expect(await popup.evaluate(`document.querySelector('[data-state]')?.dataset.state`)).toBe('not-a-policy');
    const links = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('[data-href]')].map((el) => el.dataset.href)`,
    );
    expect(links).toEqual([`${server.origin}/complete-notice.html`, `${server.origin}/cookies.html`]);
    expect(await runAxe(popup)).toEqual([]);
    writeFileSync(join(RESULTS, 'popup-not-a-policy.png'), await popup.screenshot());

    await popup.evaluate(`document.querySelector('[data-href$="/complete-notice.html"]').click()`);
    await page.waitForURL(`${server.origin}/complete-notice.html`);
    const tabId = await waitUntil(
      () => b.tabIdOf(page).catch(() => -1),
      (id) => id >= 0,
    );
    const state = await waitUntil(
      () => storedAudit(tabId),
      (s) => s?.phase === 'done' && s.url.endsWith('/complete-notice.html'),
      10_000,
    );
    expect(state?.phase).toBe('done');
    if (state?.phase === 'done') expect(statusesOf(state.report)).toEqual(statusesOf(cli['complete-notice.html']!));
    // The popup stays open through the navigation and shows the new checklist.
    await popup.waitFor(`document.querySelectorAll('.checklist [data-check-id]').length === 18`);
    expect(await popupStatuses(popup)).toEqual(statusesOf(cli['complete-notice.html']!));
    await popup.close();
    await page.close();
  });
});

describe('pages the auditor cannot audit', () => {
  test('a notice in French says it is not English', async () => {
    const { page, popup } = await auditByClick('/french-notice.html');
    expect(await popup.evaluate(`document.querySelector('[data-state]')?.dataset.state`)).toBe('not-english');
    await popup.close();
    await page.close();
  });

  test('a browser page is forbidden', async () => {
    const page = await b.ctx.newPage();
    await page.goto('chrome://version');
    const popup = await b.clickToolbar(page);
    await popup.waitFor(`document.querySelector('[data-state="forbidden"]')`);
    expect(await popup.evaluate(`document.querySelector('.state-text').textContent`)).toMatch(
      /does not let extensions read/,
    );
    writeFileSync(join(RESULTS, 'popup-forbidden.png'), await popup.screenshot());
    expect(await runAxe(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('a page with hostile text and markup', () => {
  test('statuses equal the CLI; page text stays text; nothing the page holds runs in the extension', async () => {
    const page = await b.open('/hostile-notice.html');
    const ranBefore = await page.evaluate(() => (window as unknown as { __pageRan: number }).__pageRan);
    const popup = await b.clickToolbar(page);
    await popup.waitFor(`document.querySelector('.checklist [data-check-id]')`);
    expect(await popupStatuses(popup)).toEqual(statusesOf(cli['hostile-notice.html']!));

    // The hostile strings are shown literally, as text.
    await popup.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
    const text = await popup.evaluate<string>(`document.body.textContent`);
    expect(text).toContain('<img src=');
    expect(await popup.evaluate(`document.querySelectorAll('img, iframe, object, embed').length`)).toBe(0);
    expect(
      await popup.evaluate(
        `[...document.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))`,
      ),
    ).toBe(false);
    writeFileSync(join(RESULTS, 'popup-hostile.png'), await popup.screenshot());

    // The page saw none of the extension's UI or highlight calls, and none of its own code re-ran.
    await waitUntil(
      () => highlightSizes(page),
      (s) => Object.keys(s).length > 0,
    );
    const seen = await page.evaluate(() => (window as unknown as { __captured: unknown[] }).__captured.length);
    expect(seen).toBe(0);
    const panel = await b.evaluateIsolated<{ elements: number; text: string }>(
      page,
      `(() => { const root = globalThis.__pnaAuditor.controller.panelRoot; return { elements: root.querySelectorAll('img, iframe, script, svg, object').length, text: root.textContent } })()`,
    );
    expect(panel.elements).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pageRan: number }).__pageRan)).toBe(ranBefore);

    // The report page and the HTML export render it inertly too.
    const tabId = await b.tabIdOf(page);
    const report = await b.ctx.newPage();
    const dialogs: string[] = [];
    report.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await report.goto(`chrome-extension://${b.extensionId}/report.html?tab=${tabId}`);
    await report.waitForSelector('.full-checklist [data-check-id]');
    expect(await report.$$eval('img, iframe', (els) => els.length)).toBe(0);
    const [download] = await Promise.all([report.waitForEvent('download'), report.click('[data-export="html"]')]);
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).not.toMatch(/<img\b|<script\b|<iframe\b|<svg\b[^>]*onload/i);
    const viewer = await b.ctx.newPage();
    viewer.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await viewer.setContent(html);
    await sleep(300);
    expect(dialogs).toEqual([]);
    expect(b.popupDialogs).toEqual([]);
    await viewer.close();
    await report.close();
    await popup.close();
    await page.close();
    expect(server.log.filter((r) => r.path.startsWith('/pwned'))).toEqual([]);
  });
});

// Real notices the suite was not written against (the evaluation set beside the repository, when present).
const EVAL_DIR = process.env.PNA_EVAL_DIR ?? join(process.cwd(), '../shared/eval/policies');
const evalPolicies = existsSync(EVAL_DIR)
  ? readdirSync(EVAL_DIR)
      .filter((f) => f.endsWith('.txt'))
      .slice(0, 5)
  : [];

describe.skipIf(evalPolicies.length === 0)('real notices as web pages', () => {
  test('the popup’s statuses equal the CLI’s on the same HTML', async () => {
    const pages = Object.fromEntries(
      evalPolicies.map((file) => [
        file.replace(/\.txt$/, '.html'),
        textToHtml(readFileSync(join(EVAL_DIR, file), 'utf8'), `Privacy notice ${file}`),
      ]),
    );
    const expected = auditWithCli(pages);
    for (const [name, html] of Object.entries(pages)) {
      server.pages.set(`/eval/${name}`, { html });
      const { page, popup } = await auditByClick(`/eval/${name}`);
      expect(await popupStatuses(popup), name).toEqual(statusesOf(expected[name]!));
      await popup.close();
      await page.close();
    }
  });
});

describe('privacy of the extension itself', () => {
  test('the extension made no network request, and its bundles hold no network code', async () => {
    // Everything the extension's own targets asked for was a packaged file or an in-memory blob.
    const foreign = b.extensionRequests.filter((r) => !/^(chrome-extension|blob|data):/.test(r.url));
    expect(foreign).toEqual([]);
    // Every HTTP request the browser made went through the logging proxy: only fixture pages and their
    // own subresources, plus the browser's own Google service calls (never issued by an extension page).
    const fixturePaths = /^\/(?:eval\/)?(?:[\w-]+\.html|favicon\.ico|x-missing\.png)$/;
    const unexpected = server.log.filter((r) =>
      r.external
        ? !/(?:^|\.)(?:googleapis|google|gvt1|gstatic|googleusercontent)\.com(?::\d+)?(?:\/|$)/.test(
            new URL(r.url).host,
          )
        : !fixturePaths.test(r.path),
    );
    expect(unexpected).toEqual([]);
    expect(server.log.filter((r) => (r.origin ?? '').startsWith('chrome-extension://'))).toEqual([]);
    // No network API in any shipped script.
    for (const file of listFiles(EXTENSION_DIR).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(
        /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource|importScripts/,
      );
    }
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
