// DOM Ranges for a span of the extracted text, for the CSS Custom Highlight API:
// CSS.highlights.set(name, new Highlight(...rangesForSpan(extraction, start, end, document))).
import type { PageExtraction } from './extract';

/**
 * One Range per run of segments in the same text node overlapping [start, end).
 * Consecutive segments of one node share a Range, so the collapsed whitespace
 * between two quoted words is highlighted too. Positions the page has since
 * removed are skipped, never thrown.
 */
export function rangesForSpan(extraction: PageExtraction, start: number, end: number, document: Document): Range[] {
  const ranges: Range[] = [];
  const { segments } = extraction;
  if (!(end > start)) return ranges;
  // First segment ending after `start` (segments are in text order).
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  let node: Text | null = null;
  let from = 0;
  let to = 0;
  const flush = (): void => {
    if (!node) return;
    try {
      const range = document.createRange();
      range.setStart(node, Math.min(from, node.data.length));
      range.setEnd(node, Math.min(to, node.data.length));
      ranges.push(range);
    } catch {
      // The node changed or left the page since extraction.
    }
    node = null;
  };
  for (let i = lo; i < segments.length; i++) {
    const seg = segments[i];
    if (!seg || seg.start >= end) break;
    const a = Math.max(start, seg.start);
    const b = Math.min(end, seg.end);
    if (b <= a) continue;
    const nodeFrom = seg.nodeStart + (a - seg.start);
    const nodeTo = seg.nodeStart + (b - seg.start);
    if (node === seg.node && nodeFrom >= to) {
      to = nodeTo;
      continue;
    }
    flush();
    node = seg.node;
    from = nodeFrom;
    to = nodeTo;
  }
  flush();
  return ranges;
}
