// The background's work: inject the runtime content script into a tab (the
// toolbar click granted activeTab), take its snapshot, run the engine here
// (never in the page), keep the last report per tab in storage.session, and
// drive the in-page highlights.
import { browser } from 'wxt/browser';
import { checks as checkCatalogue } from '../../src/checks';
import { withConsentState } from '../../src/cookies/consent-state';
import type { ObservedCookie } from '../../src/cookies/types';
import { runAudit } from '../../src/engine/audit';
import { createPolicyDocument } from '../../src/engine/document';
import type { AuditReport } from '../../src/engine/types';
import {
  type ContentMessage,
  type ContentProtocol,
  type CookieScan,
  type ExportFormat,
  type HighlightItem,
  isMessageFailure,
  type PageCookie,
  type PageSnapshot,
  type PanelData,
  type RenderedExport,
  type ReportLabels,
  type ResponseOf,
  SETTINGS_KEY,
  type TabAudit,
  tabAuditKey,
} from '../../src/messaging';
import { renderGapSummary, renderReports, reportFileName } from '../../src/report';
import { findWarningTitle } from '../../src/report/common';
import { classifyInjectionError, classifyUrl, PDF_MESSAGE } from '../../src/ui/page-access';
import { readSettings } from '../../src/ui/settings';
import { warnings as warningCatalogue } from '../../src/warnings';
import { hasScanAccess, mergeCookies, readScanCookies, type ScanTargets, scanTargets } from './cookie-scan';

export const CONTENT_SCRIPT = '/content-scripts/audit.js';
const NAVIGATION_TIMEOUT_MS = 20_000;

const inFlight = new Map<number, Promise<TabAudit>>();

export async function readTabAudit(tabId: number): Promise<TabAudit | null> {
  const key = tabAuditKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabAudit | undefined) ?? null;
}

async function writeTabAudit(state: TabAudit): Promise<void> {
  await browser.storage.session.set({ [tabAuditKey(state.tabId)]: state });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabAuditKey(tabId));
}

async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

export interface AuditOptions {
  /** Return the stored report when the page still holds its text. */
  reuse?: boolean;
  /** Read the cookies with the cookies API (a full scan); also kept for a tab whose last audit was one. */
  fullScan?: boolean;
  /** Leave the stored report on screen while auditing (no "auditing" state is written). */
  quiet?: boolean;
}

/** Audit a tab; with `reuse`, the stored report is returned when the page still holds its text. */
export function auditTab(tabId: number, options: AuditOptions = {}): Promise<TabAudit> {
  const running = inFlight.get(tabId);
  if (running && !options.fullScan) return running;
  const job = (async () => {
    if (running) await running.catch(() => null);
    if (options.reuse) {
      const stored = await readTabAudit(tabId);
      if (stored && (await isStillCurrent(stored))) return stored;
    }
    return runTabAudit(tabId, options);
  })().finally(() => {
    if (inFlight.get(tabId) === job) inFlight.delete(tabId);
  });
  inFlight.set(tabId, job);
  return job;
}

async function isStillCurrent(state: TabAudit): Promise<boolean> {
  if (state.phase !== 'done') return false;
  const url = await tabUrl(state.tabId);
  if (url !== null && url !== state.url) return false;
  const pong = await sendToPage(state.tabId, { type: 'pna:ping' });
  return pong !== null && pong.characters === state.report.source.characters;
}

async function runTabAudit(tabId: number, options: AuditOptions): Promise<TabAudit> {
  const started = performance.now();
  const url = await tabUrl(tabId);
  const blocked = classifyUrl(url);
  if (blocked) return settle({ ...blocked, tabId, url });
  // Read before the "auditing" write below replaces it: a tab whose last audit was a full scan keeps it.
  const previous = options.fullScan ? Promise.resolve(null) : readTabAudit(tabId);
  // Not awaited: storage keeps the order of writes, and the checklist should not wait on this one.
  if (!options.quiet) void writeTabAudit({ phase: 'auditing', tabId, url, since: Date.now() });

  let snapshot: PageSnapshot;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    const result = injection?.result as PageSnapshot | undefined;
    if (!result || typeof result.text !== 'string') throw new Error('the page returned no snapshot');
    snapshot = result;
  } catch (error) {
    const problem = classifyInjectionError(error instanceof Error ? error.message : String(error), url);
    return settle({ ...problem, tabId, url });
  }
  if (snapshot.kind === 'pdf') return settle({ phase: 'forbidden', tabId, url: snapshot.url, message: PDF_MESSAGE });
  const targets = scanTargets(snapshot.url, snapshot.thirdPartyHosts);
  const cookieScan = await readCookies(snapshot, targets, options.fullScan || keepsFullScan(await previous, targets));

  let report: AuditReport;
  try {
    report = auditSnapshot(snapshot);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return settle({ phase: 'error', tabId, url: snapshot.url, message: `The audit failed: ${message}` });
  }
  const { text: _text, blocks: _blocks, ...page } = snapshot;
  const state: TabAudit = {
    phase: 'done',
    tabId,
    url: snapshot.url,
    report,
    page,
    labels: reportLabels(report),
    cookieScan,
    durationMs: Math.round(performance.now() - started),
  };
  await settle(state);
  // Drawn after the popup has its answer: the checklist never waits for the page.
  void readSettings().then((settings) => (settings.highlights ? showHighlights(tabId, state) : undefined));
  return state;
}

async function settle(state: TabAudit): Promise<TabAudit> {
  await writeTabAudit(state);
  return state;
}

function keepsFullScan(previous: TabAudit | null, targets: ScanTargets): boolean {
  return (
    previous?.phase === 'done' &&
    previous.cookieScan?.mode === 'full' &&
    previous.cookieScan.origins[0] === targets.origins[0]
  );
}

/**
 * The snapshot's cookies for the engine: what document.cookie shows, or with a full scan (and access
 * granted) every cookie of the site and its third parties the browser holds. Replaces snapshot.cookies.
 */
async function readCookies(snapshot: PageSnapshot, targets: ScanTargets, full: boolean): Promise<CookieScan> {
  const scan: CookieScan = { mode: 'page', origins: targets.origins, domains: [], partitioned: null, problem: null };
  if (!full) return scan;
  if (!(await hasScanAccess(targets))) {
    return {
      ...scan,
      problem: 'Cookie access for this site was not granted, so only the cookies the page can read are listed.',
    };
  }
  const result = await readScanCookies(targets);
  snapshot.cookies = mergeCookies(result.cookies, snapshot.cookies);
  return { ...scan, mode: 'full', domains: targets.domains, partitioned: result.partitioned, problem: result.problem };
}

/**
 * The engine, run on the snapshot: source kind 'page', the page URL as location and as the cookies' site.
 * Whether the visitor consented is unknown here (unlike a scan, which reads before any interaction): with no
 * consent-manager cookie on the site no choice is recorded, so its cookies (document.cookie's or a full
 * scan's) count as set before consent; with one, none is flagged (src/cookies/consent-state.ts).
 */
export function auditSnapshot(snapshot: PageSnapshot, now = new Date()): AuditReport {
  const doc = createPolicyDocument({ text: snapshot.text, title: snapshot.title, blocks: snapshot.blocks });
  const { cookies, consent } = withConsentState(snapshot.cookies.map(toObservedCookie), snapshot.url);
  return runAudit(doc, {
    source: { kind: 'page', location: snapshot.url },
    now,
    site: snapshot.url,
    thirdPartyHosts: snapshot.thirdPartyHosts,
    cookies,
    cookieConsent: consent,
  });
}

function toObservedCookie(c: PageCookie): ObservedCookie {
  return {
    name: c.name,
    domain: c.domain,
    ...(c.path !== undefined ? { path: c.path } : {}),
    ...(c.expires !== undefined ? { expires: c.expires } : {}),
    ...(c.httpOnly !== undefined ? { httpOnly: c.httpOnly } : {}),
    ...(c.secure !== undefined ? { secure: c.secure } : {}),
    ...(c.partitioned ? { partitioned: true } : {}),
  };
}

export function reportLabels(report: AuditReport): ReportLabels {
  const checks: ReportLabels['checks'] = {};
  for (const { meta } of checkCatalogue) {
    checks[meta.id] = { source: meta.source, title: meta.title, failureTitle: meta.failureTitle };
  }
  const warnings: ReportLabels['warnings'] = {};
  for (const w of warningCatalogue) warnings[w.id] = w.title;
  for (const w of report.warnings) warnings[w.id] ??= findWarningTitle(w);
  return { checks, warnings };
}

/** Open a linked notice in the same tab, wait for it to load, and audit it. */
export async function auditLink(tabId: number, url: string): Promise<TabAudit> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return settle({ phase: 'error', tabId, url, message: 'That link is not a valid web address.' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return settle({ phase: 'error', tabId, url, message: 'Only web pages (http and https links) can be audited.' });
  }
  await writeTabAudit({ phase: 'auditing', tabId, url: parsed.href, since: Date.now() });
  const loaded = waitForLoad(tabId);
  await browser.tabs.update(tabId, { url: parsed.href });
  if (!(await loaded)) {
    return settle({ phase: 'error', tabId, url: parsed.href, message: 'The linked notice took too long to load.' });
  }
  return auditTab(tabId);
}

function waitForLoad(tabId: number): Promise<boolean> {
  return new Promise((resolve) => {
    let sawLoading = false;
    const listener = (id: number, change: { status?: string }) => {
      if (id !== tabId) return;
      if (change.status === 'loading') sawLoading = true;
      if (change.status === 'complete' && sawLoading) finish(true);
    };
    const timer = setTimeout(() => finish(false), NAVIGATION_TIMEOUT_MS);
    function finish(ok: boolean) {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve(ok);
    }
    browser.tabs.onUpdated.addListener(listener);
  });
}

/** Highlight items and panel data from a report: met and partial evidence, gaps with advice. */
export function highlightPlan(report: AuditReport): { items: HighlightItem[]; panel: PanelData } {
  const items: HighlightItem[] = [];
  for (const check of report.checks) {
    if ((check.status === 'met' || check.status === 'partial') && check.evidence.length) {
      items.push({
        checkId: check.id,
        title: check.title,
        status: check.status,
        spans: check.evidence.map((e) => ({ start: e.start, end: e.end })),
      });
    }
  }
  const rank = (c: AuditReport['checks'][number]) => (c.status === 'missing' ? 0 : 2) + (c.weight >= 3 ? 0 : 1);
  const gaps = report.checks
    .filter((c) => c.status === 'missing' || c.status === 'partial')
    .map((check, index) => ({ check, index }))
    .sort((a, b) => rank(a.check) - rank(b.check) || a.index - b.index)
    .map(({ check }) => ({
      checkId: check.id,
      title: check.title,
      status: check.status as 'missing' | 'partial',
      advice: check.advice,
    }));
  return { items, panel: { score: report.score, gaps, found: items } };
}

export async function showHighlights(tabId: number, state: TabAudit): Promise<{ ok: boolean; ranges: number }> {
  if (state.phase !== 'done' || state.report.verdict?.auditable === false) return { ok: false, ranges: 0 };
  const { items, panel } = highlightPlan(state.report);
  const response = await sendToPage(tabId, {
    type: 'pna:show',
    characters: state.report.source.characters,
    items,
    panel,
  });
  return response ?? { ok: false, ranges: 0 };
}

export async function setHighlights(tabId: number, on: boolean): Promise<{ ok: boolean; ranges: number }> {
  const settings = await readSettings();
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...settings, highlights: on } });
  if (!on) return (await sendToPage(tabId, { type: 'pna:clear' })) ?? { ok: false, ranges: 0 };
  const state = await readTabAudit(tabId);
  return state ? showHighlights(tabId, state) : { ok: false, ranges: 0 };
}

export async function reveal(tabId: number, start: number, end: number): Promise<{ ok: boolean }> {
  const state = await readTabAudit(tabId);
  if (state?.phase !== 'done') return { ok: false };
  const response = await sendToPage(tabId, {
    type: 'pna:reveal',
    characters: state.report.source.characters,
    start,
    end,
  });
  return response ?? { ok: false };
}

const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown',
  html: 'text/html',
  json: 'application/json',
  csv: 'text/csv',
  summary: 'text/plain',
};

export async function renderExport(tabId: number, format: ExportFormat, now = new Date()): Promise<RenderedExport> {
  const state = await readTabAudit(tabId);
  if (state?.phase !== 'done') throw new Error('There is no report for this tab yet.');
  return exportReport(state.report, format, now);
}

export function exportReport(report: AuditReport, format: ExportFormat, now = new Date()): RenderedExport {
  if (format === 'summary') {
    return { text: renderGapSummary(report), fileName: reportFileName(report, 'text', now), mime: MIME.summary };
  }
  return { text: renderReports([report], format), fileName: reportFileName(report, format, now), mime: MIME[format] };
}

/** Message the content script in the tab's top frame; null when none is listening (page reloaded). */
async function sendToPage<K extends ContentMessage['type']>(
  tabId: number,
  message: Extract<ContentMessage, { type: K }>,
): Promise<ResponseOf<ContentProtocol, K> | null> {
  try {
    const response: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    if (response === undefined || isMessageFailure(response)) return null;
    return response as ResponseOf<ContentProtocol, K>;
  } catch {
    return null;
  }
}
