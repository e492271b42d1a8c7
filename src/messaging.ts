// The typed message map shared by every entrypoint. Extension pages (popup,
// report) talk to the background; the background talks to the content script.
// Both receivers drop messages that do not come from this extension.
import type { BlockInput } from './engine/document';
import type { AuditReport, Status } from './engine/types';

/** A link on the page that looks like a privacy or cookie notice. */
export interface PolicyLink {
  href: string;
  text: string;
  kind: 'privacy' | 'cookie';
}

/** A cookie seen on the page: from `document.cookie`, or from the cookies API in a full cookie scan. */
export interface PageCookie {
  name: string;
  /** The page's host for `document.cookie`; the cookie's own domain from the cookies API. */
  domain: string;
  source: 'page' | 'browser';
  path?: string;
  httpOnly?: boolean;
  secure?: boolean;
  /** A CHIPS cookie, kept per top-level site. */
  partitioned?: boolean;
  /** ISO date, or null for a session cookie; absent for page cookies (document.cookie hides it). */
  expires?: string | null;
}

/** Where the cookies of a report came from, and what a full scan would ask for. */
export interface CookieScan {
  /** `page`: document.cookie only; `full`: the cookies API (HttpOnly, third-party and partitioned cookies). */
  mode: 'page' | 'full';
  /** Host permission patterns a full scan asks for: the site and its third parties (whole registrable domains). */
  origins: string[];
  /** The registrable domains whose cookies a full scan read; empty for `page`. */
  domains: string[];
  /** Whether partitioned (CHIPS) cookies could be read; null when not tried. */
  partitioned: boolean | null;
  /** Why a requested full scan read less than asked (access refused, an API error); null when none. */
  problem: string | null;
}

/** What the content script returns: plain, serialisable data; never a DOM node. */
export interface PageSnapshot {
  kind: 'html' | 'pdf';
  url: string;
  title: string | null;
  lang: string | null;
  text: string;
  blocks: BlockInput[];
  truncated: boolean;
  cookies: PageCookie[];
  thirdPartyHosts: string[];
  policyLinks: PolicyLink[];
}

/** The page facts kept beside a report (everything of the snapshot but its text). */
export type PageFacts = Omit<PageSnapshot, 'text' | 'blocks'>;

export type TabAudit =
  | { phase: 'auditing'; tabId: number; url: string | null; since: number }
  | {
      phase: 'done';
      tabId: number;
      url: string;
      report: AuditReport;
      page: PageFacts;
      labels: ReportLabels;
      cookieScan: CookieScan;
      durationMs: number;
    }
  | { phase: 'forbidden'; tabId: number; url: string | null; message: string }
  | { phase: 'needs-click'; tabId: number; url: string | null; message: string }
  | { phase: 'error'; tabId: number; url: string | null; message: string };

/** Catalogue metadata the views show beside a report (so they need not bundle the engine). */
export interface ReportLabels {
  checks: Record<string, { source: string; title: string; failureTitle: string }>;
  warnings: Record<string, string>;
}

export type TabAuditPhase = TabAudit['phase'];

/** storage.session key of the last audit of a tab. */
export function tabAuditKey(tabId: number): string {
  return `audit:${tabId}`;
}

/** storage.session key of a full cookie scan waiting for the user to grant access (value: when it was asked). */
export function pendingScanKey(tabId: number): string {
  return `cookie-scan:${tabId}`;
}

/** storage.session key of the popup view to open on next (`cookies` after a scan the popup did not see end). */
export function popupViewKey(tabId: number): string {
  return `view:${tabId}`;
}

/** storage.local key of the user's settings. */
export const SETTINGS_KEY = 'settings';
export interface Settings {
  highlights: boolean;
}
export const DEFAULT_SETTINGS: Settings = { highlights: true };

/** Extension page -> background. */
export interface BackgroundProtocol {
  /** Audit the tab; `reuse` returns the stored report when the page is unchanged. */
  audit: { request: { tabId: number; reuse?: boolean }; response: TabAudit };
  /** Open a linked notice in the tab and audit it. */
  'audit-link': { request: { tabId: number; url: string }; response: TabAudit };
  /** Turn the in-page highlights and panel on or off (and remember the choice). */
  highlights: { request: { tabId: number; on: boolean }; response: { ok: boolean; ranges: number } };
  /** Scroll the page to a quote and flash it. */
  reveal: { request: { tabId: number; start: number; end: number }; response: { ok: boolean } };
  /**
   * A full cookie scan: once the optional permissions are granted (the popup asks, from the click), read
   * the cookies with the cookies API, audit again and keep it. Answers when done, or when `cancel` is sent.
   */
  'cookie-scan': { request: { tabId: number; cancel?: boolean }; response: TabAudit };
  /** An export of the tab's last report (rendered where the engine lives, keeping the popup small). */
  render: { request: { tabId: number; format: ExportFormat }; response: RenderedExport };
}

export type ExportFormat = 'md' | 'html' | 'json' | 'csv' | 'summary';

export interface RenderedExport {
  text: string;
  fileName: string;
  mime: string;
}

/** A highlight the content script draws: one check's evidence spans. */
export interface HighlightItem {
  checkId: string;
  title: string;
  status: Extract<Status, 'met' | 'partial'>;
  spans: { start: number; end: number }[];
}

/** What the in-page panel lists. */
export interface PanelData {
  score: number;
  gaps: { checkId: string; title: string; status: Extract<Status, 'partial' | 'missing'>; advice: string | null }[];
  found: HighlightItem[];
}

/** Background -> content script. */
export interface ContentProtocol {
  'pna:show': {
    request: { characters: number; items: HighlightItem[]; panel: PanelData | null };
    response: { ok: boolean; ranges: number };
  };
  'pna:clear': { request: Record<never, never>; response: { ok: boolean; ranges: number } };
  'pna:reveal': { request: { characters: number; start: number; end: number }; response: { ok: boolean } };
  /** Whether the page still holds the extraction a report was made from. */
  'pna:ping': { request: Record<never, never>; response: { characters: number } };
}

export type Envelope<P, K extends keyof P = keyof P> = K extends keyof P
  ? { type: K } & (P[K] extends { request: infer R } ? R : never)
  : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export type BackgroundMessage = Envelope<BackgroundProtocol>;
export type ContentMessage = Envelope<ContentProtocol>;

/** Failure carried back in place of a response, so a rejected handler reaches the caller. */
export interface MessageFailure {
  __error: string;
}

export function isMessageFailure(value: unknown): value is MessageFailure {
  return typeof value === 'object' && value !== null && typeof (value as MessageFailure).__error === 'string';
}

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, tabId } = value as { type?: unknown; tabId?: unknown };
  return (
    (type === 'audit' ||
      type === 'audit-link' ||
      type === 'highlights' ||
      type === 'reveal' ||
      type === 'render' ||
      type === 'cookie-scan') &&
    typeof tabId === 'number' &&
    Number.isInteger(tabId)
  );
}

export function isContentMessage(value: unknown): value is ContentMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type } = value as { type?: unknown };
  return type === 'pna:show' || type === 'pna:clear' || type === 'pna:reveal' || type === 'pna:ping';
}

/** A sender is trusted only when it is this extension's own page or worker, not a content script. */
export function isExtensionPageSender(
  sender: { id?: string; url?: string; tab?: unknown; origin?: string },
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender.id !== extensionId) return false;
  const url = sender.url ?? sender.origin ?? '';
  return url.startsWith(extensionOrigin);
}
