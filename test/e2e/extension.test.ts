// The extension in real headless Chromium: a real toolbar click on fixture
// pages served from 127.0.0.1, checked against the CLI on the same HTML.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditReport } from '../../src/engine/types';
import type { TabAudit } from '../../src/messaging';
import { PAGE_ONLY_NOTE } from '../../src/ui/cookies';
import {
  EXTENSION_DIR,
  type ExtensionBrowser,
  launchExtensionBrowser,
  type Popup,
  SITE_ACCESS_EXTENSION_DIR,
  sleep,
} from './harness/browser';
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
  serveCookieSite(server);
  b = await launchExtensionBrowser(server);
  cli = auditWithCli(Object.fromEntries(POLICY_FIXTURES.map((name) => [name, server.fixture(name)])));
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

// The cookie site: /cookie-notice.html sets _ga and _fbp on load through document.cookie (as the Google
// Analytics tag and the Meta pixel do), the server adds an HttpOnly session cookie, and a pixel from
// another site (localhost) sets a third-party advertising cookie, partitioned (CHIPS: the kind browsers
// that block third-party cookies still keep). Its notice names
// Google Analytics and strictly necessary cookies, never Facebook or Meta. Paths keep the page's own
// cookies to that page, so the other fixtures stay without cookie data.
function serveCookieSite(s: FixtureServer): void {
  s.headersFor.set('/cookie-notice.html', {
    'set-cookie': ['PHPSESSID=k3v9example; Path=/cookie-notice.html; HttpOnly; SameSite=Lax'],
  });
  s.resources.set(`${s.thirdPartyOrigin}/pixel.gif`, {
    type: 'image/gif',
    body: GIF,
    headers: {
      'set-cookie': 'ar_debug=1; Max-Age=2592000; Path=/; Secure; HttpOnly; SameSite=None; Partitioned',
    },
  });
}

interface CookieRow {
  name: string;
  category: string;
  disclosed: string;
  vendor: string;
  party: string;
  meta: string;
}

async function cookieRows(popup: Popup): Promise<CookieRow[]> {
  return popup.evaluate(
    `[...document.querySelectorAll('[data-panel="cookies"] [data-cookie]')].map((el) => ({
      name: el.dataset.cookie, category: el.dataset.category, disclosed: el.dataset.disclosed,
      vendor: el.dataset.vendor, party: el.dataset.party, meta: el.querySelector('.cookie-meta').textContent,
    })).sort((a, b) => a.name.localeCompare(b.name))`,
  );
}

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

  test('the Cookies tab lists the cookies document.cookie shows (not the HttpOnly one)', async () => {
    await popup.evaluate(`document.querySelector('[data-tab="cookies"]').click()`);
    const names = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('[data-panel="cookies"] [data-cookie]')].map((c) => c.dataset.cookie)`,
    );
    expect(names.sort()).toEqual(['_ga', 'basket_id']);
    await popup.evaluate(`document.querySelector('[data-tab="checklist"]').click()`);
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
    for (let i = 0; i < 5; i++) {
      await tab.keyboard.press('Tab');
      focusPath.push(
        await tab.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return (
            el?.dataset.action ??
            (el?.dataset.tab && `tab:${el.dataset.tab}`) ??
            el?.closest('[data-check-id]')?.getAttribute('data-check-id') ??
            el?.tagName ??
            ''
          );
        }),
      );
    }
    // One tab stop for the tab list (the selected tab), then the panel's content.
    expect(focusPath).toEqual(['rerun', 'highlights', 'report', 'tab:checklist', 'controller-identity']);
    await tab.keyboard.press('Enter');
    expect(
      await tab.evaluate(
        () => document.querySelector<HTMLDetailsElement>('[data-check-id="controller-identity"] details')?.open,
      ),
    ).toBe(true);
    // Arrow keys move between the tabs and show their panels.
    await tab.focus('[data-tab="checklist"]');
    await tab.keyboard.press('ArrowRight');
    const views = () =>
      tab.evaluate(() => ({
        focused: (document.activeElement as HTMLElement | null)?.dataset.tab,
        selected: document.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute('data-tab'),
        visible: [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')]
          .filter((p) => !p.hidden)
          .map((p) => p.dataset.panel),
      }));
    expect(await views()).toEqual({ focused: 'cookies', selected: 'cookies', visible: ['cookies'] });
    await tab.keyboard.press('ArrowRight');
    expect(await views()).toEqual({ focused: 'checklist', selected: 'checklist', visible: ['checklist'] });
    await tab.keyboard.press('End');
    expect((await views()).selected).toBe('cookies');
    await tab.keyboard.press('Home');
    expect((await views()).selected).toBe('checklist');
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

describe('cookies on a site that sets analytics and advertising cookies', () => {
  let page: Page;
  let popup: Popup;

  beforeAll(async () => {
    ({ page, popup } = await auditByClick('/cookie-notice.html'));
    await popup.evaluate(`document.querySelector('[data-tab="cookies"]').click()`);
  });

  test('the Cookies tab lists both by category; only the advertising vendor is undisclosed', async () => {
    const rows = await cookieRows(popup);
    // One name per vendor: the cookie row says "Meta" as the vendor list does (the data's "Facebook" is in the rule).
    expect(rows.map(({ meta: _meta, ...row }) => row)).toEqual([
      { name: '_fbp', category: 'advertising', disclosed: 'false', vendor: 'Meta', party: 'first' },
      { name: '_ga', category: 'analytics', disclosed: 'true', vendor: 'Google Analytics', party: 'first' },
    ]);
    // document.cookie shows neither expiry nor the HttpOnly session cookie: the list says so.
    expect(rows[0]?.meta).toBe('Meta · first party · expiry unknown');
    expect(await popup.evaluate(`document.querySelector('[data-scan-note] .scan-text').textContent`)).toBe(
      PAGE_ONLY_NOTE,
    );
    // No consent-manager cookie on the site: no consent choice is recorded, and the tab says so.
    expect(await popup.evaluate(`document.querySelector('[data-consent-recorded]').dataset.consentRecorded`)).toBe(
      'false',
    );
    const groups = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('[data-panel="cookies"] .cookie-group')].map((g) => g.dataset.category)`,
    );
    expect(groups).toEqual(['analytics', 'advertising']);
    const vendors = await popup.evaluate<string[][]>(
      `[...document.querySelectorAll('[data-panel="cookies"] .vendor')].map((v) => [v.dataset.vendor, v.dataset.disclosed])`,
    );
    expect(vendors).toEqual([
      ['Meta', 'false'],
      ['Google Analytics', 'true'],
    ]);
    const warnings = await popup.evaluate<{ id: string; text: string }[]>(
      `[...document.querySelectorAll('[data-panel="cookies"] [data-warning-id]')].map((w) => ({ id: w.dataset.warningId, text: w.textContent }))`,
    );
    expect(warnings.map((w) => w.id)).toEqual(['undisclosed-cookies', 'pre-consent-cookies']);
    expect(warnings[0]?.text).toMatch(/Meta \(advertising cookie _fbp\)/);
    expect(warnings[0]?.text).not.toContain('Google Analytics');
    expect(warnings[0]?.text).not.toContain('_ga');
    // The pre-consent warning: _fbp a violation, _ga only the softer note, nothing else.
    const preConsent = await popup.evaluate<string>(
      `document.querySelector('[data-panel="cookies"] [data-warning-id="pre-consent-cookies"] .warning-message').textContent`,
    );
    const [violation = '', note = ''] = preConsent.split('Not a violation in itself');
    expect(violation).toMatch(
      /^Violation: no consent choice is recorded on this site \(no consent-manager cookie\), yet it sets 1 advertising cookie: _fbp \(Meta, on 127\.0\.0\.1\)\. /,
    );
    expect(violation).not.toContain('_ga');
    expect(note).toContain('the site also sets 1 analytics cookie: _ga (Google Analytics, on 127.0.0.1)');
    expect(note).toContain('only with clear information and an easy way to object');
    expect(note).not.toContain('_fbp');
    expect(preConsent).not.toContain('before any consent was given');
    // The checklist tab points to the cookie warning instead of repeating it.
    await popup.evaluate(`document.querySelector('[data-tab="checklist"]').click()`);
    expect(await popup.evaluate(`document.querySelectorAll('[data-panel="checklist"] [data-warning-id]').length`)).toBe(
      0,
    );
    await popup.evaluate(`document.querySelector('[data-action="show-cookies"]').click()`);
    expect(await popup.evaluate(`document.querySelector('[role="tab"][aria-selected="true"]').dataset.tab`)).toBe(
      'cookies',
    );

    // The stored report (the one every export is rendered from) says the same, and nothing else.
    const stored = await storedAudit(await b.tabIdOf(page));
    if (stored?.phase !== 'done') throw new Error('no stored report');
    const cookies = stored.report.cookies?.cookies ?? [];
    expect(cookies.filter((c) => !c.disclosed).map((c) => c.name)).toEqual(['_fbp']);
    expect(stored.report.cookies?.vendors?.filter((v) => !v.disclosed).map((v) => v.name)).toEqual(['Meta']);
    expect(stored.report.warnings.map((w) => w.id)).toContain('undisclosed-cookies');
    expect(stored.report.warnings.map((w) => w.id)).toContain('pre-consent-cookies');
    expect(stored.report.cookies?.consent).toEqual({ recorded: false, records: [] });
    expect(cookies.map((c) => [c.name, c.consent]).sort()).toEqual([
      ['_fbp', 'consent-required'],
      ['_ga', 'allowed-with-conditions'],
    ]);
    expect(stored.cookieScan.mode).toBe('page');
    expect(stored.cookieScan.origins).toEqual(['*://127.0.0.1/*', '*://localhost/*']);

    writeFileSync(join(RESULTS, 'popup-cookies.png'), await popup.screenshot());
    await popup.evaluate(
      `document.querySelector('[data-panel="cookies"] [data-warning-id="pre-consent-cookies"]').scrollIntoView({ block: 'start' })`,
    );
    writeFileSync(join(RESULTS, 'popup-cookies-pre-consent.png'), await popup.screenshot());
    await popup.evaluate(`(() => {
      document.querySelector('[data-cookie="_fbp"] details').open = true;
      document.querySelector('[data-panel="cookies"] .cookie-group').scrollIntoView({ block: 'start' });
    })()`);
    writeFileSync(join(RESULTS, 'popup-cookies-expanded.png'), await popup.screenshot());
    await popup.evaluate(`window.scrollTo(0, 0)`);
  });

  test('the Cookies tab has no axe-core violations', async () => {
    expect(await runAxe(popup)).toEqual([]);
  });

  test('the full-page report shows the same cookie audit', async () => {
    const tabId = await b.tabIdOf(page);
    const tab = await b.ctx.newPage();
    await tab.setViewportSize({ width: 1100, height: 900 });
    await tab.goto(`chrome-extension://${b.extensionId}/report.html?tab=${tabId}`);
    await tab.waitForSelector('.report-cookies [data-cookie]');
    const rows = await tab.$$eval('.report-cookies [data-cookie]', (els) =>
      els.map((el) => [el.getAttribute('data-cookie'), el.getAttribute('data-disclosed')]).sort(),
    );
    expect(rows).toEqual([
      ['_fbp', 'false'],
      ['_ga', 'true'],
    ]);
    // The report page has no scan button: the popup asks for access, from a click on the page's tab.
    expect(await tab.$$eval('[data-action="full-scan"]', (els) => els.length)).toBe(0);
    await tab.evaluate(AXE_SOURCE);
    const violations = await tab.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(d: Document): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document)).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    const section = await tab.$('.report-cookies');
    await section?.screenshot({ path: join(RESULTS, 'report-page-cookies.png') });
    await tab.close();
  });

  test('every export carries the cookies', async () => {
    const tabId = await b.tabIdOf(page);
    const tab = await b.ctx.newPage();
    await tab.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await tab.waitForSelector('[data-export="md"]');
    for (const format of ['md', 'html', 'json', 'csv']) {
      const [download] = await Promise.all([tab.waitForEvent('download'), tab.click(`[data-export="${format}"]`)]);
      const text = readFileSync(await download.path(), 'utf8');
      writeFileSync(join(RESULTS, `export-cookies.${format}`), text);
      expect(text, format).toContain('_fbp');
      expect(text, format).toContain('_ga');
      if (format === 'json') {
        const json = JSON.parse(text) as AuditReport;
        expect(json.cookies?.cookies.map((c) => [c.name, c.category, c.disclosed]).sort()).toEqual([
          ['_fbp', 'advertising', false],
          ['_ga', 'analytics', true],
        ]);
      }
    }
    await tab.close();
  });

  // A visitor who made a choice on an earlier visit: the consent manager's record (OneTrust's OptanonConsent) is
  // on the site, so the visitor may have consented to the same _ga and _fbp, and nothing is flagged as set
  // before consent. The undisclosed vendor still is.
  test('a visit with a consent-manager cookie has no pre-consent warning', async () => {
    await b.ctx.addCookies([
      {
        name: 'OptanonConsent',
        value: 'isGpcEnabled=0&interactionCount=1&groups=C0001%3A1%2CC0002%3A1%2CC0004%3A1',
        domain: '127.0.0.1',
        path: '/cookie-notice.html',
        expires: Math.floor(Date.now() / 1000) + 180 * 86_400,
        sameSite: 'Lax',
      },
    ]);
    // Another URL for the same page (the harness finds tabs by URL, and the first visit's tab is still open).
    const visit = await auditByClick('/cookie-notice.html?visit=2');
    try {
      await visit.popup.evaluate(`document.querySelector('[data-tab="cookies"]').click()`);
      const rows = Object.fromEntries((await cookieRows(visit.popup)).map((r) => [r.name, r]));
      expect(Object.keys(rows).sort()).toEqual(['OptanonConsent', '_fbp', '_ga']);
      expect(rows.OptanonConsent).toMatchObject({ category: 'necessary', vendor: 'OneTrust', disclosed: 'true' });
      const consentNote = await visit.popup.evaluate<{ recorded: string; text: string }>(
        `(() => { const el = document.querySelector('[data-consent-recorded]'); return { recorded: el.dataset.consentRecorded, text: el.textContent }; })()`,
      );
      expect(consentNote).toEqual({
        recorded: 'true',
        text: 'A consent choice is recorded on this site (OptanonConsent), so you may have consented: no cookie is flagged as set before consent.',
      });
      const warningIds = await visit.popup.evaluate<string[]>(
        `[...document.querySelectorAll('[data-panel="cookies"] [data-warning-id]')].map((w) => w.dataset.warningId)`,
      );
      expect(warningIds).toEqual(['undisclosed-cookies']);

      const stored = await storedAudit(await b.tabIdOf(visit.page));
      if (stored?.phase !== 'done') throw new Error('no stored report');
      expect(stored.report.cookies?.consent).toEqual({ recorded: true, records: ['OptanonConsent'] });
      expect(stored.report.cookies?.cookies.filter((c) => c.beforeConsent)).toEqual([]);
      expect(stored.report.warnings.map((w) => w.id)).not.toContain('pre-consent-cookies');
      expect(await runAxe(visit.popup)).toEqual([]);
      writeFileSync(join(RESULTS, 'popup-cookies-consented.png'), await visit.popup.screenshot());
    } finally {
      await b.ctx.clearCookies({ name: 'OptanonConsent' });
      await visit.popup.close();
      await visit.page.close();
    }
  });

  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });
});

// A headless browser cannot click a permission prompt: this build is granted the cookies permission and
// the two local sites at install, so the popup's request resolves at once, as after the user's "Allow".
describe('a full cookie scan', () => {
  let fb: ExtensionBrowser;

  beforeAll(async () => {
    fb = await launchExtensionBrowser(server, SITE_ACCESS_EXTENSION_DIR);
  });

  afterAll(async () => {
    await fb?.close();
  });

  test('reads the HttpOnly, third-party and partitioned cookies; a re-run keeps the full scan', async () => {
    const page = await fb.open('/cookie-notice.html');
    const popup = await fb.clickToolbar(page);
    await popup.waitFor(`document.documentElement.dataset.phase === 'done'`);
    await popup.evaluate(`document.querySelector('[data-tab="cookies"]').click()`);
    // Granted site access alone changes nothing: only the button runs a full scan.
    expect((await cookieRows(popup)).map((r) => r.name)).toEqual(['_fbp', '_ga']);

    await popup.evaluate(`document.querySelector('[data-action="full-scan"]').click()`);
    await popup.waitFor(`document.querySelector('[data-panel="cookies"] [data-scan-mode="full"]')`);
    const rows = await cookieRows(popup);
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(Object.keys(byName).sort()).toEqual(['PHPSESSID', '_fbp', '_ga', 'ar_debug']);
    expect(byName.PHPSESSID).toMatchObject({ category: 'necessary', party: 'first', disclosed: 'true' });
    expect(byName.PHPSESSID?.meta).toBe('PHP.net · first party · session · HttpOnly');
    expect(byName.ar_debug).toMatchObject({ category: 'advertising', party: 'third', disclosed: 'false' });
    expect(byName.ar_debug?.meta).toMatch(
      /^Google Ads \/ DoubleClick · third party · until \d+ \w+ \d{4} · HttpOnly · partitioned$/,
    );
    expect(byName._ga?.meta).toMatch(/until \d+ \w+ \d{4}/);
    const note = await popup.evaluate<string>(`document.querySelector('[data-scan-note] .scan-text').textContent`);
    expect(note).toBe(
      'Full scan: all cookies the browser holds for 127.0.0.1 and 1 third party, HttpOnly, third-party and partitioned ones included.',
    );
    const warning = await popup.evaluate<string>(
      `document.querySelector('[data-panel="cookies"] [data-warning-id="undisclosed-cookies"]').textContent`,
    );
    expect(warning).toContain('Meta');
    expect(warning).toContain('DoubleClick');
    expect(warning).not.toContain('PHPSESSID');
    // The full scan's cookies are read the same way: no consent-manager cookie, so both advertising cookies
    // (the page's _fbp and the partitioned third-party ar_debug) are flagged; the session cookie is exempt.
    const preConsent = await popup.evaluate<string>(
      `document.querySelector('[data-panel="cookies"] [data-warning-id="pre-consent-cookies"] .warning-message').textContent`,
    );
    expect(preConsent).toMatch(
      /^Violation: no consent choice is recorded on this site \(no consent-manager cookie\), yet it sets 2 advertising cookies: /,
    );
    expect(preConsent).toContain('_fbp (Meta, on 127.0.0.1)');
    expect(preConsent).toContain('ar_debug (Google Ads / DoubleClick, on localhost)');
    expect(preConsent).not.toContain('PHPSESSID');
    expect(await runAxe(popup)).toEqual([]);
    await popup.evaluate(
      `document.querySelectorAll('details').forEach((d) => { d.open = false; }); window.scrollTo(0, 0)`,
    );
    writeFileSync(join(RESULTS, 'popup-cookies-full-scan.png'), await popup.screenshot());
    await popup.evaluate(
      `document.querySelector('[data-panel="cookies"] .cookie-stats').scrollIntoView({ block: 'start' })`,
    );
    writeFileSync(join(RESULTS, 'popup-cookies-full-scan-list.png'), await popup.screenshot());

    await popup.evaluate(`document.querySelector('[data-action="rerun"]').click()`);
    await popup.waitFor(`document.documentElement.dataset.phase === 'auditing'`).catch(() => {});
    await popup.waitFor(
      `document.documentElement.dataset.phase === 'done' && document.querySelector('[data-panel="cookies"] [data-scan-mode="full"]')`,
    );
    expect((await cookieRows(popup)).map((r) => r.name)).toContain('PHPSESSID');
    await popup.close();
    await page.close();
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
    const fixturePaths = /^\/(?:eval\/)?(?:[\w-]+\.html|favicon\.ico|x-missing\.png|pixel\.gif)$/;
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
    // The full cookie scan's access is optional: asked for from the popup, never at install.
    expect(manifest.optional_permissions).toEqual(['cookies']);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.content_scripts).toBeUndefined();
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
