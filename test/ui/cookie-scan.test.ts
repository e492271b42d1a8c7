// The full cookie scan in the background, with WXT's fake browser: what it asks
// for, how it reads the cookies API (unpartitioned and partitioned), how a full
// scan waits for the user's grant (also after the popup closed), and refusal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractReadableText } from '../../src/dom/extract';
import { type PageSnapshot, pendingScanKey, popupViewKey, type TabAudit } from '../../src/messaging';
import { NOT_GRANTED_MESSAGE } from '../../src/ui/cookies';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { auditTab, readTabAudit } = await import('../../entrypoints/background/auditor');
const { mergeCookies, originPattern, readScanCookies, scanTargets } = await import(
  '../../entrypoints/background/cookie-scan'
);
const { cancelFullScan, requestFullScan, resumePendingScans } = await import('../../entrypoints/background/full-scan');

const URL_ = 'https://www.larkfield.example/privacy';

// A notice that names Google Analytics and strictly necessary cookies, never Facebook.
function snapshot(): PageSnapshot {
  const html = readFileSync(join(process.cwd(), 'test/e2e/fixtures/cookie-notice.html'), 'utf8');
  const { document } = parseHTML(html);
  const page = extractReadableText(document as unknown as Document);
  return {
    kind: 'html',
    url: URL_,
    title: page.title,
    lang: 'en',
    text: page.text,
    blocks: page.blocks,
    truncated: false,
    cookies: [
      { name: '_ga', domain: 'www.larkfield.example', source: 'page' },
      { name: '_fbp', domain: 'www.larkfield.example', source: 'page' },
    ],
    thirdPartyHosts: ['connect.facebook.net', 'stats.g.doubleclick.net'],
    policyLinks: [],
  };
}

type ApiCookie = {
  name: string;
  domain: string;
  path: string;
  httpOnly: boolean;
  secure: boolean;
  session: boolean;
  expirationDate?: number;
  partitionKey?: { topLevelSite?: string };
};
const api = (name: string, domain: string, over: Partial<ApiCookie> = {}): ApiCookie => ({
  name,
  domain,
  path: '/',
  httpOnly: false,
  secure: true,
  session: false,
  expirationDate: 1_826_000_000,
  ...over,
});

// What the browser holds: the site's cookies (one HttpOnly), a third party's, and a partitioned one.
const JAR: ApiCookie[] = [
  api('_ga', '.larkfield.example'),
  api('_fbp', '.larkfield.example'),
  api('PHPSESSID', 'www.larkfield.example', { httpOnly: true, session: true, expirationDate: undefined }),
  api('IDE', '.doubleclick.net', { httpOnly: true }),
];
const PARTITIONED: ApiCookie[] = [
  api('ar_debug', '.doubleclick.net', { httpOnly: true, partitionKey: { topLevelSite: 'https://larkfield.example' } }),
];

interface Stubbed {
  scripting: { executeScript: ReturnType<typeof vi.fn> };
  tabs: { sendMessage: ReturnType<typeof vi.fn> };
  permissions: { contains: ReturnType<typeof vi.fn> };
  cookies: { getAll: ReturnType<typeof vi.fn> };
  action: { openPopup: ReturnType<typeof vi.fn>; setPopup: ReturnType<typeof vi.fn> };
  runtime: { getContexts: ReturnType<typeof vi.fn>; getManifest: ReturnType<typeof vi.fn> };
}
const fake = fakeBrowser as unknown as Stubbed;
let granted = false;

beforeEach(() => {
  fakeBrowser.reset();
  granted = false;
  fake.scripting.executeScript = vi.fn(async () => [{ result: snapshot() }]);
  fake.tabs.sendMessage = vi.fn(async () => ({ ok: true, ranges: 0 }));
  fake.permissions.contains = vi.fn(async () => granted);
  fake.cookies.getAll = vi.fn(async (details: { domain: string; partitionKey?: { topLevelSite: string } }) => {
    const inDomain = (c: ApiCookie) => c.domain.replace(/^\./, '').endsWith(details.domain);
    if (!granted) return [];
    if (details.partitionKey) {
      return PARTITIONED.filter(
        (c) => inDomain(c) && c.partitionKey?.topLevelSite === details.partitionKey?.topLevelSite,
      );
    }
    return JAR.filter(inDomain);
  });
  fake.action.openPopup = vi.fn(async () => {});
  fake.action.setPopup = vi.fn(async () => {});
  fake.runtime.getContexts = vi.fn(async () => []);
  // The Chrome build: no default popup, so the popup is set for the tab, opened, and unset.
  fake.runtime.getManifest = vi.fn(() => ({ manifest_version: 3, action: {} }));
});

async function openTab(): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: URL_, active: true });
  return tab.id as number;
}

describe('what a full scan asks for', () => {
  test('the site and each third party, as whole registrable domains; addresses and single labels as they are', () => {
    expect(scanTargets(URL_, ['connect.facebook.net', 'www.facebook.net', 'stats.g.doubleclick.net'])).toEqual({
      domains: ['larkfield.example', 'facebook.net', 'doubleclick.net'],
      origins: ['*://*.larkfield.example/*', '*://*.facebook.net/*', '*://*.doubleclick.net/*'],
      topLevelSite: 'https://larkfield.example',
    });
    expect(scanTargets('http://127.0.0.1:8080/privacy', ['localhost'])).toEqual({
      domains: ['127.0.0.1', 'localhost'],
      origins: ['*://127.0.0.1/*', '*://localhost/*'],
      topLevelSite: 'http://127.0.0.1',
    });
    expect(scanTargets('file:///home/me/notice.html', []).origins).toEqual([]);
    expect(originPattern('bbc.co.uk')).toBe('*://*.bbc.co.uk/*');
  });

  test('at most 40 third parties', () => {
    const hosts = Array.from({ length: 60 }, (_, i) => `cdn.vendor${i}.example`);
    expect(scanTargets(URL_, hosts).domains).toHaveLength(41);
  });
});

describe('reading the cookies API', () => {
  test('unpartitioned and partitioned cookies of every domain, each once, as page cookies', async () => {
    granted = true;
    const targets = scanTargets(URL_, ['connect.facebook.net', 'stats.g.doubleclick.net']);
    const result = await readScanCookies(targets);
    expect(result.partitioned).toBe(true);
    expect(result.problem).toBeNull();
    expect(result.cookies.map((c) => c.name).sort()).toEqual(['IDE', 'PHPSESSID', '_fbp', '_ga', 'ar_debug']);
    expect(result.cookies.find((c) => c.name === 'PHPSESSID')).toEqual({
      name: 'PHPSESSID',
      domain: 'www.larkfield.example',
      source: 'browser',
      path: '/',
      httpOnly: true,
      secure: true,
      expires: null,
    });
    expect(result.cookies.find((c) => c.name === 'ar_debug')?.partitioned).toBe(true);
    expect(result.cookies.find((c) => c.name === '_ga')?.expires).toBe(new Date(1_826_000_000_000).toISOString());
  });

  test('a browser without partitionKey support still gives the rest; a failing domain is reported', async () => {
    granted = true;
    fake.cookies.getAll.mockImplementation(async (details: { domain: string; partitionKey?: unknown }) => {
      if (details.partitionKey) throw new Error('Invalid partitionKey');
      if (details.domain === 'facebook.net') throw new Error('No host permissions for cookies at url');
      return JAR.filter((c) => c.domain.endsWith(details.domain));
    });
    const result = await readScanCookies(scanTargets(URL_, ['connect.facebook.net']));
    expect(result.partitioned).toBe(false);
    expect(result.cookies.map((c) => c.name).sort()).toEqual(['PHPSESSID', '_fbp', '_ga']);
    expect(result.problem).toMatch(/facebook\.net: No host permissions/);
  });

  test('cookies the page showed but the scan did not return are kept', () => {
    const merged = mergeCookies(
      [{ name: '_ga', domain: '.larkfield.example', source: 'browser' }],
      [
        { name: '_ga', domain: 'www.larkfield.example', source: 'page' },
        { name: 'theme', domain: 'www.larkfield.example', source: 'page' },
      ],
    );
    expect(merged.map((c) => `${c.name}:${c.source}`)).toEqual(['_ga:browser', 'theme:page']);
  });
});

describe('the audit with cookies', () => {
  test('a click audit passes document.cookie, the third-party hosts and the page URL as the site', async () => {
    const tabId = await openTab();
    const state = await auditTab(tabId);
    if (state.phase !== 'done') throw new Error(state.phase);
    expect(state.cookieScan).toMatchObject({ mode: 'page', domains: [], problem: null });
    expect(state.cookieScan.origins[0]).toBe('*://*.larkfield.example/*');
    expect(state.report.cookies?.site).toBe('www.larkfield.example');
    const cookies = state.report.cookies?.cookies ?? [];
    expect(cookies.map((c) => [c.name, c.category, c.party, c.disclosed])).toEqual([
      ['_ga', 'analytics', 'first', true],
      ['_fbp', 'advertising', 'first', false],
    ]);
    const vendors = state.report.cookies?.vendors ?? [];
    expect(vendors.find((v) => v.hosts.includes('connect.facebook.net'))?.disclosed).toBe(false);
    expect(state.report.warnings.map((w) => w.id)).toContain('undisclosed-cookies');
    // Granted access alone does not read the jar: only a full scan does.
    expect(fake.cookies.getAll).not.toHaveBeenCalled();
  });

  test('with no consent-manager cookie the click audit flags the advertising cookie as set without a recorded choice', async () => {
    const state = await auditTab(await openTab());
    if (state.phase !== 'done') throw new Error(state.phase);
    expect(state.report.cookies?.consent).toEqual({ recorded: false, records: [] });
    expect(state.report.cookies?.cookies.map((c) => [c.name, c.beforeConsent, c.consent])).toEqual([
      ['_ga', true, 'allowed-with-conditions'],
      ['_fbp', true, 'consent-required'],
    ]);
    const warning = state.report.warnings.find((w) => w.id === 'pre-consent-cookies')?.message ?? '';
    expect(warning).toMatch(
      /^Violation: no consent choice is recorded on this site \(no consent-manager cookie\), yet it sets 1 advertising cookie: _fbp \(Meta, on www\.larkfield\.example\)/,
    );
  });

  test('with a consent-manager cookie nothing is flagged: the visitor may have consented', async () => {
    fake.scripting.executeScript = vi.fn(async () => {
      const page = snapshot();
      page.cookies.push({ name: 'OptanonConsent', domain: 'www.larkfield.example', source: 'page' });
      return [{ result: page }];
    });
    const state = await auditTab(await openTab());
    if (state.phase !== 'done') throw new Error(state.phase);
    expect(state.report.cookies?.consent).toEqual({ recorded: true, records: ['OptanonConsent'] });
    expect(state.report.cookies?.cookies.some((c) => c.beforeConsent)).toBe(false);
    expect(state.report.warnings.map((w) => w.id)).not.toContain('pre-consent-cookies');
    expect(state.report.warnings.map((w) => w.id)).toContain('undisclosed-cookies');
  });

  test('a full scan with access reads the jar; re-runs of the tab keep it', async () => {
    granted = true;
    const tabId = await openTab();
    await auditTab(tabId);
    const full = await requestFullScan(tabId);
    if (full.phase !== 'done') throw new Error(full.phase);
    expect(full.cookieScan).toMatchObject({ mode: 'full', partitioned: true, problem: null });
    expect(full.cookieScan.domains).toEqual(['larkfield.example', 'facebook.net', 'doubleclick.net']);
    const names = (full.report.cookies?.cookies ?? []).map((c) => c.name).sort();
    expect(names).toEqual(['IDE', 'PHPSESSID', '_fbp', '_ga', 'ar_debug']);
    const ide = full.report.cookies?.cookies.find((c) => c.name === 'IDE');
    expect(ide).toMatchObject({ party: 'third', category: 'advertising', beforeConsent: true });
    // The full scan's cookies are read the same way: no consent-manager cookie, no recorded choice.
    expect(full.report.cookies?.consent).toEqual({ recorded: false, records: [] });
    expect(full.report.warnings.find((w) => w.id === 'pre-consent-cookies')?.message).toMatch(
      /^Violation: no consent choice is recorded on this site \(no consent-manager cookie\), yet it sets 3 advertising cookies: /,
    );
    expect(await readTabAudit(tabId)).toEqual(full);
    const again = await auditTab(tabId);
    expect(again.phase === 'done' && again.cookieScan.mode).toBe('full');
  });

  test('a full scan whose access was withdrawn falls back to the page and says why', async () => {
    granted = true;
    const tabId = await openTab();
    await auditTab(tabId);
    await requestFullScan(tabId);
    granted = false;
    const again = await auditTab(tabId);
    if (again.phase !== 'done') throw new Error(again.phase);
    expect(again.cookieScan.mode).toBe('page');
    expect(again.cookieScan.problem).toMatch(/not granted/);
  });
});

describe('waiting for the grant', () => {
  test('the scan runs when access is added, and answers the popup that asked', async () => {
    const tabId = await openTab();
    await auditTab(tabId);
    const answer = requestFullScan(tabId);
    await vi.waitFor(async () => {
      expect((await fakeBrowser.storage.session.get(pendingScanKey(tabId)))[pendingScanKey(tabId)]).toBeTypeOf(
        'number',
      );
    });
    granted = true; // the user clicked "Allow"
    await resumePendingScans();
    const state = await answer;
    expect(state.phase === 'done' && state.cookieScan.mode).toBe('full');
    expect(await fakeBrowser.storage.session.get(pendingScanKey(tabId))).toEqual({});
  });

  test('after the popup closed and the worker restarted, the grant still runs the scan and reopens the popup', async () => {
    const tabId = await openTab();
    await auditTab(tabId);
    // A request from an earlier worker: only its storage mark is left.
    await fakeBrowser.storage.session.set({ [pendingScanKey(tabId)]: Date.now() });
    granted = true;
    await resumePendingScans();
    await vi.waitFor(async () => {
      const state = await readTabAudit(tabId);
      expect(state?.phase === 'done' && state.cookieScan.mode).toBe('full');
    });
    await vi.waitFor(() => expect(fake.action.openPopup).toHaveBeenCalled());
    expect(fake.action.setPopup.mock.calls.map(([details]) => details)).toEqual([
      { tabId, popup: '/popup.html' },
      { tabId, popup: '' },
    ]);
    expect((await fakeBrowser.storage.session.get(popupViewKey(tabId)))[popupViewKey(tabId)]).toBe('cookies');
  });

  test('an old request is not answered by a later grant', async () => {
    const tabId = await openTab();
    await auditTab(tabId);
    await fakeBrowser.storage.session.set({ [pendingScanKey(tabId)]: Date.now() - 10 * 60_000 });
    granted = true;
    await resumePendingScans();
    expect(fake.cookies.getAll).not.toHaveBeenCalled();
    const state = (await readTabAudit(tabId)) as Extract<TabAudit, { phase: 'done' }>;
    expect(state.cookieScan.mode).toBe('page');
  });

  test('a refusal ends the wait with the report unchanged and the reason', async () => {
    const tabId = await openTab();
    const before = await auditTab(tabId);
    const answer = requestFullScan(tabId);
    await vi.waitFor(async () => {
      expect((await fakeBrowser.storage.session.get(pendingScanKey(tabId)))[pendingScanKey(tabId)]).toBeTypeOf(
        'number',
      );
    });
    const cancelled = await cancelFullScan(tabId);
    const state = await answer;
    for (const s of [state, cancelled]) {
      if (s.phase !== 'done' || before.phase !== 'done') throw new Error(s.phase);
      expect(s.cookieScan).toEqual({ ...before.cookieScan, problem: NOT_GRANTED_MESSAGE });
      expect(s.report).toEqual(before.report);
    }
    expect(fake.cookies.getAll).not.toHaveBeenCalled();
  });

  test('a refusal that overtakes the request still ends it', async () => {
    const tabId = await openTab();
    await auditTab(tabId);
    const answer = requestFullScan(tabId);
    await cancelFullScan(tabId);
    const state = await answer;
    expect(state.phase === 'done' && state.cookieScan.problem).toBe(NOT_GRANTED_MESSAGE);
  });
});
