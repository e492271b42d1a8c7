// What the content script keeps in the page between messages: the extraction
// (the map from text offsets back to DOM text nodes), the drawn highlights and
// the panel. The engine never runs here.

import { extractReadableText, type PageExtraction } from '../../dom/extract';
import {
  applyHighlights,
  clearHighlights,
  type DrawnHighlight,
  highlightAtPoint,
  revealSpan,
} from '../../dom/highlight';
import { takeSnapshot } from '../../dom/snapshot';
import type { ContentMessage, ContentProtocol, PageSnapshot, ResponseOf } from '../../messaging';
import { mountPagePanel, type PagePanel } from './panel';

export interface PageController {
  snapshot(): PageSnapshot;
  handle(message: ContentMessage): ResponseOf<ContentProtocol, ContentMessage['type']>;
  dispose(): void;
  /** For tests in the isolated world: the panel's closed shadow root. */
  readonly panelRoot: ShadowRoot | null;
}

export function createPageController(document: Document): PageController {
  let extraction: PageExtraction | null = null;
  let drawn: DrawnHighlight[] = [];
  let panel: PagePanel | null = null;
  let frame = 0;

  const onPointerMove = (event: MouseEvent) => {
    if (frame) return;
    const { clientX, clientY } = event;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!panel) return;
      const hit = drawn.length ? highlightAtPoint(document, drawn, clientX, clientY) : null;
      if (hit) panel.showTooltip(hit.item.title, hit.item.status, clientX, clientY);
      else panel.hideTooltip();
    });
  };

  function clear(): number {
    const count = drawn.reduce((n, d) => n + d.ranges.length, 0);
    clearHighlights(document);
    drawn = [];
    panel?.destroy();
    panel = null;
    document.removeEventListener('mousemove', onPointerMove);
    return count;
  }

  function matches(characters: number): boolean {
    return extraction !== null && extraction.text.length === characters;
  }

  return {
    get panelRoot() {
      return panel?.root ?? null;
    },
    snapshot() {
      clear(); // our own panel must not be read as page text
      extraction = extractReadableText(document);
      return takeSnapshot(document, extraction);
    },
    handle(message) {
      switch (message.type) {
        case 'pna:ping':
          return { characters: extraction?.text.length ?? -1 };
        case 'pna:clear':
          return { ok: true, ranges: clear() };
        case 'pna:reveal':
          if (!extraction || !matches(message.characters)) return { ok: false };
          return { ok: revealSpan(document, extraction, message.start, message.end) };
        case 'pna:show': {
          clear();
          if (!extraction || !matches(message.characters)) return { ok: false, ranges: 0 };
          const current = extraction;
          drawn = applyHighlights(document, current, message.items);
          if (message.panel) {
            panel = mountPagePanel(document, message.panel, {
              onJump: (item, index) => {
                const span = item.spans[index % item.spans.length];
                if (span) revealSpan(document, current, span.start, span.end);
              },
              onClose: () => {},
            });
          }
          document.addEventListener('mousemove', onPointerMove, { passive: true });
          return { ok: true, ranges: drawn.reduce((n, d) => n + d.ranges.length, 0) };
        }
      }
    },
    dispose() {
      clear();
      extraction = null;
    },
  };
}
