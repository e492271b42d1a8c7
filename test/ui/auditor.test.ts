// The background's audit flow with WXT's fake browser: the content script's
// injection and messages are stubbed; storage.session and tabs are the fake's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractReadableText } from '../../src/dom/extract';
import type { PageSnapshot, TabAudit } from '../../src/messaging';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { auditTab, exportReport, highlightPlan, readTabAudit, setHighlights } = await import(
  '../../entrypoints/background/auditor'
);

function snapshotOf(fixture: string, url: string): PageSnapshot {
  const html = readFileSync(join(process.cwd(), 'test/e2e/fixtures', fixture), 'utf8');
  const { document } = parseHTML(html);
  const page = extractReadableText(document as unknown as Document);
  return {
    kind: 'html',
    url,
    title: page.title,
    lang: 'en',
    text: page.text,
    blocks: page.blocks,
    truncated: false,
    cookies: [{ name: 'basket_id', domain: 'shop.example', source: 'page' }],
    thirdPartyHosts: [],
    policyLinks: [],
  };
}

// scripting and tabs.sendMessage are not implemented by the fake browser: stub them.
interface Stubbed {
  scripting: { executeScript: ReturnType<typeof vi.fn> };
  tabs: { sendMessage: ReturnType<typeof vi.fn> };
}
const fake = fakeBrowser as unknown as Stubbed;

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id as number;
}

beforeEach(() => {
  fakeBrowser.reset();
  fake.scripting.executeScript = vi.fn();
  fake.tabs.sendMessage = vi.fn(async () => ({ ok: true, ranges: 3 }));
});

describe('auditTab', () => {
  test('injects the content script, runs the engine on its snapshot, and keeps the report per tab', async () => {
    const url = 'https://shop.example/privacy';
    const tabId = await openTab(url);
    fake.scripting.executeScript.mockResolvedValue([{ result: snapshotOf('complete-notice.html', url) }]);
    const state = await auditTab(tabId);
    expect(fake.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId },
      files: ['/content-scripts/audit.js'],
    });
    expect(state.phase).toBe('done');
    if (state.phase !== 'done') return;
    expect(state.report.source).toMatchObject({ kind: 'page', location: url });
    expect(state.report.checks).toHaveLength(18);
    expect(state.page).not.toHaveProperty('text');
    expect(state.labels.checks.retention?.source).toMatch(/13\(2\)\(a\)/);
    expect(await readTabAudit(tabId)).toEqual(state);
  });

  test('reuse returns the stored report while the page still holds the same text', async () => {
    const url = 'https://shop.example/privacy';
    const tabId = await openTab(url);
    fake.scripting.executeScript.mockResolvedValue([{ result: snapshotOf('gappy-notice.html', url) }]);
    const first = (await auditTab(tabId)) as Extract<TabAudit, { phase: 'done' }>;
    fake.tabs.sendMessage.mockResolvedValue({ characters: first.report.source.characters });
    const second = await auditTab(tabId, { reuse: true });
    expect(fake.scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    // After a reload the content script is gone: audit again.
    fake.tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await auditTab(tabId, { reuse: true });
    expect(fake.scripting.executeScript).toHaveBeenCalledTimes(2);
  });

  test('a browser page is forbidden without trying to inject', async () => {
    const tabId = await openTab('chrome://settings');
    const state = await auditTab(tabId);
    expect(state.phase).toBe('forbidden');
    expect(fake.scripting.executeScript).not.toHaveBeenCalled();
  });

  test('no activeTab grant becomes "click again"', async () => {
    const tabId = await openTab('https://shop.example/');
    fake.scripting.executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect((await auditTab(tabId)).phase).toBe('needs-click');
  });

  test('a non-policy page is done with a not-a-policy verdict and no highlights', async () => {
    const url = 'https://shop.example/';
    const tabId = await openTab(url);
    fake.scripting.executeScript.mockResolvedValue([{ result: snapshotOf('shop-home.html', url) }]);
    const state = await auditTab(tabId);
    expect(state.phase === 'done' && state.report.verdict?.kind).toBe('not-a-policy');
    await setHighlights(tabId, true);
    expect(fake.tabs.sendMessage).not.toHaveBeenCalledWith(
      tabId,
      expect.objectContaining({ type: 'pna:show' }),
      expect.anything(),
    );
  });
});

describe('highlights and exports', () => {
  test('the plan highlights met and partial evidence and lists gaps missing-first, core-first', async () => {
    const url = 'https://shop.example/privacy';
    const tabId = await openTab(url);
    fake.scripting.executeScript.mockResolvedValue([{ result: snapshotOf('gappy-notice.html', url) }]);
    const state = (await auditTab(tabId)) as Extract<TabAudit, { phase: 'done' }>;
    const { items, panel } = highlightPlan(state.report);
    expect(items.every((i) => i.status === 'met' || i.status === 'partial')).toBe(true);
    expect(items.every((i) => i.spans.length > 0)).toBe(true);
    const statuses = panel.gaps.map((g) => g.status);
    expect(statuses.indexOf('partial')).toBeGreaterThan(statuses.lastIndexOf('missing'));
    await setHighlights(tabId, false);
    expect(fake.tabs.sendMessage).toHaveBeenLastCalledWith(tabId, { type: 'pna:clear' }, { frameId: 0 });
  });

  test('exports carry the site and date in their file names', async () => {
    const url = 'https://www.shop.example/privacy';
    const tabId = await openTab(url);
    fake.scripting.executeScript.mockResolvedValue([{ result: snapshotOf('gappy-notice.html', url) }]);
    const state = (await auditTab(tabId)) as Extract<TabAudit, { phase: 'done' }>;
    const date = new Date(2026, 10, 22);
    expect(exportReport(state.report, 'md', date).fileName).toBe('privacy-audit_shop.example_2026-11-22.md');
    expect(exportReport(state.report, 'csv', date).mime).toBe('text/csv');
    expect(JSON.parse(exportReport(state.report, 'json', date).text).schemaVersion).toBe(1);
    expect(exportReport(state.report, 'summary', date).text).toMatch(/^Privacy notice gaps/);
  });
});
