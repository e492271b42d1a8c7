// Inline highlights with the CSS Custom Highlight API: ranges over the page's
// own text nodes, so the page's DOM text is never changed. Met evidence is
// green, partial evidence amber; a revealed quote gets a stronger focus colour.
import type { HighlightItem } from '../messaging';
import type { PageExtraction } from './extract';
import { rangesForSpan } from './ranges';

export const HIGHLIGHT_NAMES = {
  met: 'pna-met',
  partial: 'pna-partial',
  focus: 'pna-focus',
} as const;

export interface DrawnHighlight {
  item: HighlightItem;
  ranges: Range[];
}

const STYLE = `
::highlight(${HIGHLIGHT_NAMES.met}) { background-color: rgba(34, 197, 94, 0.26); text-decoration: underline 2px rgba(21, 128, 61, 0.85); }
::highlight(${HIGHLIGHT_NAMES.partial}) { background-color: rgba(245, 158, 11, 0.3); text-decoration: underline wavy 1.5px rgba(180, 83, 9, 0.9); }
::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: rgba(59, 130, 246, 0.38); color: inherit; }
`;
const STYLE_ID = 'pna-highlight-style';

type HighlightWindow = Window & typeof globalThis;

interface Registry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
  has(name: string): boolean;
}

function registryOf(win: HighlightWindow | null): Registry | null {
  const css = win?.CSS as unknown as { highlights?: Registry } | undefined;
  return css?.highlights ?? null;
}

function createHighlight(win: HighlightWindow, ranges: Range[], priority: number): unknown {
  const Ctor = (win as unknown as { Highlight?: new (...r: Range[]) => { priority: number } }).Highlight;
  if (!Ctor) return null;
  const highlight = new Ctor(...ranges);
  highlight.priority = priority;
  return highlight;
}

/** Whether this browser can draw highlights at all. */
export function supportsHighlights(document: Document): boolean {
  const win = document.defaultView as HighlightWindow | null;
  return !!registryOf(win) && typeof (win as unknown as { Highlight?: unknown })?.Highlight === 'function';
}

/** The documents and shadow roots the ranges live in, each needing the ::highlight style. */
function rootsOf(ranges: Range[]): Set<Document | ShadowRoot> {
  const roots = new Set<Document | ShadowRoot>();
  for (const range of ranges) {
    const root = range.startContainer.getRootNode();
    if (root.nodeType === 9 || root.nodeType === 11) roots.add(root as Document | ShadowRoot);
  }
  return roots;
}

function installStyle(root: Document | ShadowRoot): void {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const win = doc.defaultView as HighlightWindow | null;
  if (!win) return;
  try {
    const sheets = root.adoptedStyleSheets;
    if (sheets.some((s) => (s as CSSStyleSheet & { pnaOwned?: boolean }).pnaOwned)) return;
    const sheet = new win.CSSStyleSheet() as CSSStyleSheet & { pnaOwned?: boolean };
    sheet.replaceSync(STYLE);
    sheet.pnaOwned = true;
    root.adoptedStyleSheets = [...sheets, sheet];
    return;
  } catch {
    // Constructable stylesheets unavailable across this boundary: fall back to a <style> element.
  }
  const host = root.nodeType === 9 ? ((root as Document).head ?? (root as Document).documentElement) : root;
  if (!host || host.querySelector?.(`#${STYLE_ID}`)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLE;
  host.appendChild(style);
}

function removeStyle(root: Document | ShadowRoot): void {
  try {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter(
      (s) => !(s as CSSStyleSheet & { pnaOwned?: boolean }).pnaOwned,
    );
  } catch {
    // nothing adopted
  }
  root.querySelector?.(`#${STYLE_ID}`)?.remove();
}

/** Register one highlight per status (per window, for same-origin frames) over the items' evidence. */
export function applyHighlights(
  document: Document,
  extraction: PageExtraction,
  items: readonly HighlightItem[],
): DrawnHighlight[] {
  clearHighlights(document);
  const drawn: DrawnHighlight[] = [];
  const byWindow = new Map<HighlightWindow, { met: Range[]; partial: Range[] }>();
  const roots = new Set<Document | ShadowRoot>();
  for (const item of items) {
    const ranges: Range[] = [];
    for (const span of item.spans) ranges.push(...safeRanges(extraction, span.start, span.end, document));
    if (!ranges.length) continue;
    drawn.push({ item, ranges });
    for (const range of ranges) {
      const win = range.startContainer.ownerDocument?.defaultView as HighlightWindow | null;
      if (!win) continue;
      const group = byWindow.get(win) ?? { met: [], partial: [] };
      byWindow.set(win, group);
      group[item.status].push(range);
    }
    for (const root of rootsOf(ranges)) roots.add(root);
  }
  for (const root of roots) {
    installStyle(root);
    styledRoots.add(root);
  }
  for (const [win, group] of byWindow) {
    const registry = registryOf(win);
    if (!registry) continue;
    if (group.met.length) registry.set(HIGHLIGHT_NAMES.met, createHighlight(win, group.met, 0));
    if (group.partial.length) registry.set(HIGHLIGHT_NAMES.partial, createHighlight(win, group.partial, 1));
    touched.add(win);
  }
  return drawn;
}

// Windows (top and same-origin frames) whose registries hold our highlights.
const touched = new Set<HighlightWindow>();
const styledRoots = new Set<Document | ShadowRoot>();

/** Remove every highlight and style this script added. */
export function clearHighlights(document: Document): void {
  const top = document.defaultView as HighlightWindow | null;
  if (top) touched.add(top);
  for (const win of touched) {
    const registry = registryOf(win);
    if (!registry) continue;
    for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
    try {
      removeStyle(win.document);
    } catch {
      // a frame that has gone away
    }
  }
  for (const root of styledRoots) removeStyle(root);
  styledRoots.clear();
  touched.clear();
  if (focusTimer !== undefined) clearTimeout(focusTimer);
}

let focusTimer: ReturnType<typeof setTimeout> | undefined;

/** Scroll to a span of the extracted text and flash it; false when the page no longer holds it. */
export function revealSpan(document: Document, extraction: PageExtraction, start: number, end: number): boolean {
  const ranges = safeRanges(extraction, start, end, document);
  const first = ranges[0];
  if (!first) return false;
  const element = first.startContainer.parentElement;
  const reduce = document.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  for (const root of rootsOf(ranges)) {
    installStyle(root);
    styledRoots.add(root);
  }
  const byWindow = new Map<HighlightWindow, Range[]>();
  for (const range of ranges) {
    const win = range.startContainer.ownerDocument?.defaultView as HighlightWindow | null;
    if (win) byWindow.set(win, [...(byWindow.get(win) ?? []), range]);
  }
  for (const [win, winRanges] of byWindow) {
    registryOf(win)?.set(HIGHLIGHT_NAMES.focus, createHighlight(win, winRanges, 2));
    touched.add(win);
  }
  if (focusTimer !== undefined) clearTimeout(focusTimer);
  focusTimer = setTimeout(() => {
    for (const win of byWindow.keys()) registryOf(win)?.delete(HIGHLIGHT_NAMES.focus);
  }, 2500);
  return true;
}

/** The drawn highlight under a viewport point, for the hover label. */
export function highlightAtPoint(
  document: Document,
  drawn: readonly DrawnHighlight[],
  x: number,
  y: number,
): DrawnHighlight | null {
  const caret = caretAt(document, x, y);
  if (!caret) return null;
  for (const entry of drawn) {
    for (const range of entry.ranges) {
      try {
        if (range.startContainer.ownerDocument !== caret.node.ownerDocument) continue;
        if (range.isPointInRange(caret.node, caret.offset) && nearRange(range, x, y)) return entry;
      } catch {
        // a range whose nodes left the document
      }
    }
  }
  return null;
}

function caretAt(document: Document, x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

// The caret snaps to the nearest text even in a margin; only count a hit over the quote itself.
function nearRange(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 2 && x <= rect.right + 2 && y >= rect.top - 2 && y <= rect.bottom + 2) return true;
  }
  return false;
}

function safeRanges(extraction: PageExtraction, start: number, end: number, document: Document): Range[] {
  if (!(end > start) || start < 0 || end > extraction.text.length) return [];
  try {
    return rangesForSpan(extraction, start, end, document).filter((r) => !r.collapsed);
  } catch {
    return [];
  }
}
