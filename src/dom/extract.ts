// The readable text of a page: block elements become blocks separated by "\n",
// inline whitespace collapses to one space, and site chrome (navigation, site
// header/footer, consent banners) and hidden parts are left out. Pure DOM code
// taking a Document, so it runs in the content script and on a linkedom document.
import type { BlockInput, BlockKind } from '../engine/document';

/** Maps output characters copied 1:1 from a text node back to that node. */
export interface TextSegment {
  node: Text;
  /** Offset in `node.data` of the character at `start`. */
  nodeStart: number;
  start: number;
  end: number;
}

export interface PageExtraction {
  text: string;
  blocks: BlockInput[];
  title: string | null;
  /** In text order; collapsed whitespace and inserted newlines belong to no segment. */
  segments: TextSegment[];
  /** True when the text was cut at `maxChars`. */
  truncated: boolean;
}

export interface ExtractOptions {
  /** Extract this element instead of the page's main content. */
  root?: Element;
  /** Cap on the text length; defaults to MAX_TEXT_CHARS. */
  maxChars?: number;
  /** Where to find an element's shadow root; an extension can pass `chrome.dom.openOrClosedShadowRoot`. */
  shadowRootOf?: (element: Element) => ShadowRoot | null;
}

export const MAX_TEXT_CHARS = 2_000_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

const SKIPPED_TAGS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'math',
  'object',
  'embed',
  'audio',
  'video',
  'img',
  'picture',
  'source',
  'track',
  'map',
  'area',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'input',
  'textarea',
  'meter',
  'progress',
  'meta',
  'link',
  'base',
  'title',
  'frame',
  'frameset',
]);

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'iframe',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'listing',
  'plaintext',
  'xmp',
]);

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const LIST_ITEM_TAGS = new Set(['li', 'dt', 'dd']);
const CELL_TAGS = new Set(['td', 'th', 'caption']);
const PRE_TAGS = new Set(['pre', 'listing', 'plaintext', 'xmp', 'textarea']);
const SECTIONING_TAGS = new Set(['article', 'aside', 'main', 'nav', 'section']);

// Consent-platform containers, e.g. <div id="onetrust-banner-sdk">, <div id="CybotCookiebotDialog">.
const CMP_VENDOR =
  /onetrust|optanon|cookiebot|didomi|usercentrics|cookieyes|(?:^|[^a-z])cky-|trustarc|truste-|qc-cmp|iubenda|osano|termly|cookiefirst|cookie-?law-?info|klaro|tarteaucitron|borlabs|cmplz|complianz|sp_message|(?:^|\s)cc-(?:window|banner)|(?:^|[^a-z])cmp(?:[^a-z]|$)/i;
// Generic banners, e.g. <div class="cookie-banner">, <section id="gdpr-consent-bar">; never <section id="cookies">.
const CONSENT_WORD = /cookie|consent|gdpr/i;
const BANNER_WORD =
  /banner|notice|(?:^|[^a-z])bar(?:[^a-z]|$)|popup|pop-up|modal|overlay|dialog|prompt|notification|alert|layer|wall|toast|(?:cookie|gdpr)[-_]?consent/i;
// A banner candidate holding this much text is more likely the policy itself (a "Cookie notice" page).
const BANNER_MAX_CHARS = 3000;
const BANNER_INSPECTIONS = 200;
const CONTROL_TAGS = new Set(['button', 'input', 'select', 'a']);

const INLINE_HIDDEN =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;
const INLINE_FLOATING = /(?:^|;)\s*position\s*:\s*(?:fixed|sticky)\b/i;
const WHITESPACE_RUN = /[ \t\n\f\r]+/g;
const TRAILING_WHITESPACE = /[ \t\n\f\r]+$/;
const NOT_WHITESPACE = /[^ \t\n\f\r]/g;

/** Per-document facts: iframes have their own window and their own accordion panels. */
interface DocInfo {
  view: { getComputedStyle(element: Element): CSSStyleDeclaration } | null;
  panelIds: Set<string>;
}

/** The context an element's content is laid out in. Shared by reference until something changes. */
interface Context {
  kind: BlockKind;
  level: number;
  /** Inside main/article: a footer here belongs to the content. */
  landmark: boolean;
  /** Inside article/aside/main/nav/section: a header here is not the site banner. */
  sectioning: boolean;
  pre: boolean;
  /** Inside a shadow tree: <slot> elements render the host's light children. */
  shadow: boolean;
  doc: DocInfo;
}

/** Pushed after an element's children: leaving a block element ends its block. */
class Exit {
  constructor(readonly block: boolean) {}
}

type Item = Node | Exit;

export function extractReadableText(document: Document, options: ExtractOptions = {}): PageExtraction {
  const maxChars = Math.max(0, options.maxChars ?? MAX_TEXT_CHARS);
  const shadowRootOf =
    options.shadowRootOf ?? ((el: Element) => (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null);
  const docInfos = new Map<Document, DocInfo>();
  const infoFor = (doc: Document): DocInfo => {
    let info = docInfos.get(doc);
    if (!info) {
      info = describeDocument(doc);
      docInfos.set(doc, info);
    }
    return info;
  };

  const root = options.root ?? pickContentRoot(document);
  const title = readTitle(document, root);
  const empty: PageExtraction = { text: '', blocks: [], title, segments: [], truncated: false };
  if (!root) return empty;

  const parts: string[] = [];
  const blocks: BlockInput[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let truncated = false;
  // The block being written: its start (-1 when none is open), kind and level.
  let blockStart = -1;
  let blockKind: BlockKind = 'paragraph';
  let blockLevel = 7;
  let contentEnd = 0;
  let pendingSpace = false;
  let spaceNode: Text | null = null;
  let spaceAt = 0;
  const pendingRaw: { node: Text; from: number; to: number }[] = [];
  let lastSegment: TextSegment | null = null;
  let lastHeadingLevel = 2;
  let bannerInspections = 0;

  const write = (s: string): void => {
    parts.push(s);
    length += s.length;
  };
  /** Room for a separator and one more character; records the cut when there is none. */
  const hasRoom = (): boolean => {
    if (length + 1 < maxChars || length === 0) return true;
    truncated = true;
    return false;
  };
  const endBlock = (): void => {
    if (blockStart >= 0 && contentEnd > blockStart) {
      blocks.push(
        blockKind === 'heading'
          ? { start: blockStart, end: contentEnd, kind: blockKind, level: blockLevel }
          : { start: blockStart, end: contentEnd, kind: blockKind },
      );
    }
    blockStart = -1;
    pendingSpace = false;
    pendingRaw.length = 0;
  };
  const beginBlock = (context: Context): void => {
    if (length > 0) write('\n');
    blockStart = length;
    blockKind = context.kind;
    blockLevel = context.level;
    pendingSpace = false;
  };
  /** Copies node.data[from, to) and records the segment; false once the cap is reached. */
  const copy = (node: Text, from: number, to: number): boolean => {
    let take = to - from;
    if (length + take > maxChars) {
      take = Math.max(0, maxChars - length);
      truncated = true;
    }
    if (take > 0) {
      const seg = lastSegment;
      if (seg && seg.node === node && seg.end === length && seg.nodeStart + (seg.end - seg.start) === from) {
        seg.end += take;
      } else {
        lastSegment = { node, nodeStart: from, start: length, end: length + take };
        segments.push(lastSegment);
      }
      write(node.data.slice(from, from + take));
    }
    return !truncated;
  };

  const writeCollapsed = (node: Text, context: Context): boolean => {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      WHITESPACE_RUN.lastIndex = i;
      const ws = WHITESPACE_RUN.exec(data);
      const wordEnd = ws ? ws.index : data.length;
      if (wordEnd > i) {
        if (blockStart < 0) {
          if (!hasRoom()) return false;
          beginBlock(context);
        } else if (pendingSpace) {
          if (!hasRoom()) return false;
          // A single ' ' in the source is a 1:1 copy; any other run becomes an inserted space.
          if (spaceNode) {
            if (!copy(spaceNode, spaceAt, spaceAt + 1)) return false;
          } else write(' ');
          pendingSpace = false;
        }
        const ok = copy(node, i, wordEnd);
        contentEnd = length;
        if (!ok) return false;
      }
      if (!ws) break;
      if (blockStart >= 0) {
        pendingSpace = true;
        spaceNode = ws[0] === ' ' ? node : null;
        spaceAt = ws.index;
      }
      i = ws.index + ws[0].length;
    }
    return true;
  };

  const writePreformatted = (node: Text, context: Context): boolean => {
    const data = node.data;
    let from = 0;
    if (blockStart < 0) {
      NOT_WHITESPACE.lastIndex = 0;
      const first = NOT_WHITESPACE.exec(data);
      if (!first) return true;
      from = first.index;
      if (!hasRoom()) return false;
      beginBlock(context);
    }
    // Trailing whitespace waits until more text follows, so a block never ends in it.
    const trailing = TRAILING_WHITESPACE.exec(data);
    const to = trailing ? trailing.index : data.length;
    if (to <= from) {
      if (from < data.length) pendingRaw.push({ node, from, to: data.length });
      return true;
    }
    for (const raw of pendingRaw) if (!copy(raw.node, raw.from, raw.to)) return false;
    pendingRaw.length = 0;
    const ok = copy(node, from, to);
    // Cut short, the copy may end in whitespace the block must not include.
    contentEnd = length - (ok ? 0 : (TRAILING_WHITESPACE.exec(parts[parts.length - 1] ?? '')?.[0].length ?? 0));
    if (!ok) return false;
    if (to < data.length) pendingRaw.push({ node, from: to, to: data.length });
    return true;
  };

  const rootDoc = root.ownerDocument ?? document;
  const rootContext: Context = {
    kind: 'paragraph',
    level: 7,
    landmark: closestSafe(root, 'main, article, [role="main"], [role="article"]'),
    sectioning: closestSafe(root, 'article, aside, main, nav, section, [role="main"], [role="article"]'),
    pre: false,
    shadow: false,
    doc: infoFor(rootDoc),
  };
  const visitedDocs = new Set<Document>([rootDoc]);
  const items: Item[] = [root];
  const contexts: Context[] = [rootContext];
  const children: Node[] = [];

  while (items.length > 0) {
    const item = items.pop() as Item;
    const context = contexts.pop() as Context;
    if (item instanceof Exit) {
      if (item.block) endBlock();
      continue;
    }
    const type = item.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const ok = context.pre ? writePreformatted(item as Text, context) : writeCollapsed(item as Text, context);
      if (!ok) break;
      continue;
    }
    if (type !== ELEMENT_NODE) continue;

    const el = item as Element;
    const tag = (el.localName ?? '').toLowerCase();
    if (el !== root) {
      if (SKIPPED_TAGS.has(tag)) continue;
      if (isHidden(el, tag, context.doc)) continue;
      if (isSiteChrome(el, tag, context)) continue;
      const banner = consentBannerVerdict(el, tag, context);
      if (banner === 'banner') continue;
      // Past the budget a candidate counts as a banner, so a hostile page cannot make this quadratic.
      if (banner === 'candidate' && (bannerInspections++ >= BANNER_INSPECTIONS || looksLikeBanner(el))) continue;
    }
    if (tag === 'br') {
      endBlock();
      continue;
    }

    const role = el.getAttribute('role');
    const isBlock = BLOCK_TAGS.has(tag) || role === 'heading';
    let next = context;
    if (isBlock || PRE_TAGS.has(tag) || SECTIONING_TAGS.has(tag) || role === 'main' || role === 'article') {
      const kind = blockKindOf(tag, role, context);
      let level = context.level;
      if (kind === 'heading' && context.kind !== 'heading') {
        level = headingLevelOf(el, tag, role, lastHeadingLevel);
        if (tag !== 'summary') lastHeadingLevel = level;
      }
      next = {
        ...context,
        kind,
        level: kind === 'heading' ? level : 7,
        landmark: context.landmark || tag === 'main' || tag === 'article' || role === 'main' || role === 'article',
        sectioning: context.sectioning || SECTIONING_TAGS.has(tag) || role === 'main' || role === 'article',
        pre: context.pre || PRE_TAGS.has(tag),
      };
    }
    if (isBlock) endBlock();
    items.push(new Exit(isBlock));
    contexts.push(context);

    // What to lay out inside: a frame's document, a shadow tree, a slot's assigned nodes, or the children.
    children.length = 0;
    if (tag === 'iframe') {
      const frameDoc = frameDocument(el);
      if (frameDoc && !visitedDocs.has(frameDoc)) {
        visitedDocs.add(frameDoc);
        const body = bodyOf(frameDoc);
        if (body) children.push(body);
        next = { ...next, doc: infoFor(frameDoc), landmark: false, sectioning: false };
      }
    } else {
      const shadowRoot = safeShadowRoot(el, shadowRootOf);
      if (shadowRoot) {
        for (let c = shadowRoot.firstChild; c; c = c.nextSibling) children.push(c);
        next = next.shadow ? next : { ...next, shadow: true };
      } else if (tag === 'slot' && context.shadow) {
        const assigned = assignedNodesOf(el);
        if (assigned && assigned.length > 0) children.push(...assigned);
        else for (let c = el.firstChild; c; c = c.nextSibling) children.push(c);
      } else {
        for (let c = el.firstChild; c; c = c.nextSibling) children.push(c);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) {
      items.push(children[i] as Node);
      contexts.push(next);
    }
  }
  endBlock();
  return { text: parts.join(''), blocks, title, segments, truncated };
}

function blockKindOf(tag: string, role: string | null, parent: Context): BlockKind {
  if (tag in HEADING_LEVEL || role === 'heading' || tag === 'summary') return 'heading';
  if (LIST_ITEM_TAGS.has(tag)) return 'list-item';
  if (CELL_TAGS.has(tag)) return 'paragraph';
  return parent.kind;
}

function headingLevelOf(el: Element, tag: string, role: string | null, lastHeadingLevel: number): number {
  const fromTag = HEADING_LEVEL[tag];
  if (fromTag) return fromTag;
  if (role === 'heading') {
    const aria = Number.parseInt(el.getAttribute('aria-level') ?? '', 10);
    return aria >= 1 && aria <= 6 ? aria : 2;
  }
  // <summary>, e.g. an accordion item under an <h2>: one level below the last heading.
  return Math.min(6, lastHeadingLevel + 1);
}

function isHidden(el: Element, tag: string, doc: DocInfo): boolean {
  let hidden = false;
  const hiddenAttr = el.getAttribute('hidden');
  if (hiddenAttr !== null && hiddenAttr !== 'until-found') hidden = true;
  else if (el.getAttribute('aria-hidden') === 'true') hidden = true;
  else if (tag === 'dialog' && !el.hasAttribute('open')) hidden = true;
  else {
    const style = el.getAttribute('style');
    if (style && INLINE_HIDDEN.test(style)) hidden = true;
    else if (doc.view) {
      try {
        const computed = doc.view.getComputedStyle(el);
        hidden = computed.display === 'none' || computed.visibility === 'hidden' || computed.visibility === 'collapse';
      } catch {
        // No layout (or a foreign element): trust the attributes.
      }
    }
  }
  // A collapsed accordion panel is still part of the notice, e.g. <div id="p3" role="region" hidden>.
  return hidden && !isAccordionPanel(el, doc);
}

function isAccordionPanel(el: Element, doc: DocInfo): boolean {
  const id = el.getAttribute('id');
  if (id && doc.panelIds.has(id)) return true;
  return el.getAttribute('role') === 'region' && el.hasAttribute('aria-labelledby');
}

function isSiteChrome(el: Element, tag: string, context: Context): boolean {
  const role = el.getAttribute('role');
  if (tag === 'nav' || role === 'navigation' || role === 'search') return true;
  if ((tag === 'footer' || role === 'contentinfo') && !context.landmark) return true;
  if (role === 'banner' && !context.landmark) return true;
  return tag === 'header' && !context.sectioning;
}

type BannerVerdict = 'banner' | 'candidate' | 'no';

/** Consent-platform containers are banners; other cookie/consent-named elements are candidates when they float or sit outside the content. */
function consentBannerVerdict(el: Element, tag: string, context: Context): BannerVerdict {
  const names = idAndClass(el);
  if (names && CMP_VENDOR.test(names)) return 'banner';
  if (!CONSENT_WORD.test(names) && !CONSENT_WORD.test(el.getAttribute('aria-label') ?? '')) return 'no';
  if (BANNER_WORD.test(names) && !context.landmark) return 'candidate';
  const role = el.getAttribute('role');
  if (tag === 'dialog' || role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') {
    return 'candidate';
  }
  const style = el.getAttribute('style');
  if (style && INLINE_FLOATING.test(style)) return 'candidate';
  if (context.doc.view) {
    try {
      const position = context.doc.view.getComputedStyle(el).position;
      if (position === 'fixed' || position === 'sticky') return 'candidate';
    } catch {
      // No layout: the names and roles above decide.
    }
  }
  return 'no';
}

function idAndClass(el: Element): string {
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  return id && cls ? `${id} ${cls}` : (id ?? cls ?? '');
}

/** A banner is short and offers a control (accept, reject, a link); a policy section named "cookie-notice" is long. */
function looksLikeBanner(el: Element): boolean {
  const stack: Node[] = [el];
  let chars = 0;
  let control = false;
  let budget = 20_000;
  while (stack.length > 0 && budget-- > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE) {
      chars += countNonSpace((node as Text).data);
      if (chars >= BANNER_MAX_CHARS) return false;
    } else if (node.nodeType === ELEMENT_NODE) {
      const child = node as Element;
      const tag = (child.localName ?? '').toLowerCase();
      if (CONTROL_TAGS.has(tag) || child.getAttribute('role') === 'button') control = true;
      if (SKIPPED_TAGS.has(tag)) continue;
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return control && budget >= 0;
}

function describeDocument(doc: Document): DocInfo {
  const view = doc.defaultView as unknown as { getComputedStyle?: unknown } | null;
  const panelIds = new Set<string>();
  try {
    // The ARIA accordion pattern: <h3><button aria-controls="sect1" aria-expanded="false">.
    const controllers = doc.querySelectorAll(
      'h1 [aria-controls], h2 [aria-controls], h3 [aria-controls], h4 [aria-controls], h5 [aria-controls], h6 [aria-controls], [role="heading"] [aria-controls]',
    );
    const limit = Math.min(controllers.length, 1000);
    for (let i = 0; i < limit; i++) {
      for (const id of (controllers[i]?.getAttribute('aria-controls') ?? '').split(/\s+/)) if (id) panelIds.add(id);
    }
  } catch {
    // A document without selector support: no accordion panels are known.
  }
  return {
    view: view && typeof view.getComputedStyle === 'function' ? (view as DocInfo['view']) : null,
    panelIds,
  };
}

/** The page's main content: a <main> holding a fair share of the text, or an <article> holding most of it. */
function pickContentRoot(document: Document): Element | null {
  const body = bodyOf(document);
  if (!body) return null;
  const counts = measureLandmarks(body);
  if (counts.total === 0) return body;
  let bestMain: { el: Element; chars: number } | null = null;
  for (const m of counts.mains) if (!bestMain || m.chars > bestMain.chars) bestMain = m;
  if (bestMain && bestMain.chars >= 0.2 * counts.total) return bestMain.el;
  for (const a of counts.articles) if (a.chars >= 0.5 * counts.total) return a.el;
  return body;
}

interface LandmarkCounts {
  total: number;
  /** Outermost main elements (<main> or role=main). */
  mains: { el: Element; chars: number }[];
  /** Outermost articles. */
  articles: { el: Element; chars: number }[];
}

/** One pass counting non-space characters under each outermost main and article. */
function measureLandmarks(body: Element): LandmarkCounts {
  const result: LandmarkCounts = { total: 0, mains: [], articles: [] };
  type Open = { el: Element; chars: number; main: boolean };
  const open: Open[] = [];
  const items: (Node | Open)[] = [body];
  let mainDepth = 0;
  let articleDepth = 0;
  while (items.length > 0) {
    const item = items.pop() as Node | Open;
    if ('chars' in item) {
      open.pop();
      const parent = open[open.length - 1];
      if (parent) parent.chars += item.chars;
      if (item.main) {
        mainDepth--;
        if (mainDepth === 0) result.mains.push({ el: item.el, chars: item.chars });
      } else {
        articleDepth--;
        if (articleDepth === 0) result.articles.push({ el: item.el, chars: item.chars });
      }
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      const n = countNonSpace((item as Text).data);
      result.total += n;
      const top = open[open.length - 1];
      if (top) top.chars += n;
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const el = item as Element;
    const tag = (el.localName ?? '').toLowerCase();
    if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
    const role = el.getAttribute('role');
    const isMain = tag === 'main' || role === 'main';
    const isArticle = !isMain && (tag === 'article' || role === 'article');
    if (isMain || isArticle) {
      const entry: Open = { el, chars: 0, main: isMain };
      open.push(entry);
      items.push(entry);
      if (isMain) mainDepth++;
      else articleDepth++;
    }
    const start = items.length;
    for (let c = el.firstChild; c; c = c.nextSibling) items.push(c);
    reverseFrom(items, start);
  }
  return result;
}

function reverseFrom<T>(list: T[], start: number): void {
  for (let i = start, j = list.length - 1; i < j; i++, j--) {
    const t = list[i] as T;
    list[i] = list[j] as T;
    list[j] = t;
  }
}

function countNonSpace(data: string): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) n++;
  }
  return n;
}

function readTitle(document: Document, root: Element | null): string | null {
  let title = '';
  try {
    title = collapse(document.title ?? '');
    if (!title) {
      const h1 = (root ?? document).querySelector('h1');
      title = collapse(h1?.textContent ?? '');
    }
  } catch {
    title = '';
  }
  return title ? title.slice(0, 300) : null;
}

function collapse(s: string): string {
  return s.replace(/[ \t\n\f\r]+/g, ' ').trim();
}

function bodyOf(doc: Document): Element | null {
  try {
    return doc.body ?? doc.documentElement ?? null;
  } catch {
    // linkedom throws from `body` on a document without an <html> element.
    return doc.documentElement ?? null;
  }
}

function closestSafe(el: Element, selector: string): boolean {
  try {
    return el.closest(selector) !== null;
  } catch {
    return false;
  }
}

function frameDocument(el: Element): Document | null {
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    // Cross-origin frame.
    return null;
  }
}

function safeShadowRoot(el: Element, shadowRootOf: (el: Element) => ShadowRoot | null): ShadowRoot | null {
  try {
    return shadowRootOf(el);
  } catch {
    return null;
  }
}

function assignedNodesOf(el: Element): Node[] | null {
  const slot = el as HTMLSlotElement;
  if (typeof slot.assignedNodes !== 'function') return null;
  try {
    return slot.assignedNodes();
  } catch {
    return null;
  }
}
