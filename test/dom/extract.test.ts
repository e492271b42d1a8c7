import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type ExtractOptions, extractReadableText, type PageExtraction } from '../../src/dom/extract';
import { rangesForSpan } from '../../src/dom/ranges';

/** Extracts and checks the invariants every extraction must keep. */
function extract(html: string, options?: ExtractOptions): PageExtraction {
  const { document } = parseHTML(html);
  return checked(extractReadableText(document, options));
}

function checked(ex: PageExtraction): PageExtraction {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const seg of ex.segments) {
    const copied = seg.node.data.slice(seg.nodeStart, seg.nodeStart + (seg.end - seg.start));
    if (seg.start < previousEnd || seg.end <= seg.start || ex.text.slice(seg.start, seg.end) !== copied) {
      problems.push(`segment ${seg.start}-${seg.end} does not match its node`);
    }
    previousEnd = seg.end;
  }
  for (const b of ex.blocks) {
    const t = ex.text.slice(b.start, b.end);
    if (!t || t !== t.trim()) problems.push(`block ${b.start}-${b.end} ${JSON.stringify(t)} is empty or untrimmed`);
  }
  expect(problems).toEqual([]);
  return ex;
}

const blockTexts = (ex: PageExtraction) =>
  ex.blocks.map((b) => `${b.kind}${b.kind === 'heading' ? b.level : ''}: ${ex.text.slice(b.start, b.end)}`);

const page = (body: string, head = '<title>Privacy notice</title>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('extractReadableText', () => {
  it('turns headings, paragraphs and inline markup into blocks with collapsed whitespace', () => {
    const ex = extract(
      page(`<h1>Privacy   notice</h1>
        <p>We are <b>Northwind</b>
           Outfitters <a href="#">Ltd</a>.</p>
        <h2>What we collect</h2><p>Your name.</p><h3>Detail</h3><div>Direct div text</div>`),
    );
    expect(ex.text).toBe(
      'Privacy notice\nWe are Northwind Outfitters Ltd.\nWhat we collect\nYour name.\nDetail\nDirect div text',
    );
    expect(blockTexts(ex)).toEqual([
      'heading1: Privacy notice',
      'paragraph: We are Northwind Outfitters Ltd.',
      'heading2: What we collect',
      'paragraph: Your name.',
      'heading3: Detail',
      'paragraph: Direct div text',
    ]);
    expect(ex.title).toBe('Privacy notice');
    expect(ex.truncated).toBe(false);
  });

  it('makes list items and definition terms list-items, table cells paragraphs', () => {
    const ex = extract(
      page(`<ul><li>Name</li><li>Email <p>with a nested paragraph</p></li><li><ol><li>Nested</li></ol></li></ul>
        <dl><dt>Controller</dt><dd>Northwind</dd></dl>
        <table><caption>Retention</caption><tr><th>Data</th><th>Period</th></tr><tr><td>Orders</td><td>6 years</td></tr></table>`),
    );
    expect(blockTexts(ex)).toEqual([
      'list-item: Name',
      'list-item: Email',
      'list-item: with a nested paragraph',
      'list-item: Nested',
      'list-item: Controller',
      'list-item: Northwind',
      'paragraph: Retention',
      'paragraph: Data',
      'paragraph: Period',
      'paragraph: Orders',
      'paragraph: 6 years',
    ]);
  });

  it('leaves out navigation, site header and footer, consent banners and hidden elements', () => {
    const ex = extract(
      page(`<div id="page">
        <header class="site-header"><a href="/">Northwind</a><nav><a>Shop</a><a>Blog</a></nav></header>
        <div role="navigation"><a>Menu link</a></div>
        <div id="cookie-banner" class="cookie-banner"><p>We use cookies to improve your visit.</p><button>Accept all</button></div>
        <div id="onetrust-consent-sdk"><p>Vendor consent text</p></div>
        <div class="content">
          <h1>Privacy notice</h1>
          <p>Visible policy text.</p>
          <section id="cookies" class="cookies"><h2>Cookies</h2><p>We use analytics cookies. <a href="#">Cookie settings</a></p></section>
          <p hidden>Hidden by attribute</p>
          <p aria-hidden="true">Hidden from assistive technology</p>
          <p style="color: red; display: none">Hidden inline</p>
          <p style="visibility:hidden">Invisible inline</p>
          <template><p>Template text</p></template>
          <noscript>Enable JavaScript</noscript>
          <form><label>Email</label><input value="typed"><select><option>Option text</option></select><textarea>Area</textarea><button>Send</button></form>
          <dialog><p>Closed dialog</p></dialog>
        </div>
        <footer role="contentinfo"><p>© Site footer</p></footer>
      </div>`),
    );
    expect(ex.text).toBe(
      'Privacy notice\nVisible policy text.\nCookies\nWe use analytics cookies. Cookie settings\nEmail',
    );
  });

  it('keeps a cookie section that floats nowhere and a long "cookie notice" page, drops a fixed consent dialog', () => {
    const longText = 'We use cookies and similar technologies for the purposes described here. '.repeat(60);
    const ex = extract(
      page(`<div class="cookie-notice-page"><h1>Cookie notice</h1><p>${longText}</p><a href="#">Manage</a></div>
        <div class="gdpr" role="dialog" aria-label="Cookie consent"><p>Allow cookies?</p><button>Allow</button></div>
        <div id="cookieConsent" style="position: fixed; bottom: 0"><p>Cookies!</p><a href="#">OK</a></div>`),
    );
    expect(ex.text.startsWith('Cookie notice\nWe use cookies and similar')).toBe(true);
    expect(ex.text).not.toContain('Allow cookies?');
    expect(ex.text).not.toContain('Cookies!');
  });

  it('keeps footers and headers inside the main content', () => {
    const ex = extract(
      page(`<nav>Site nav</nav><main><header><h1>Privacy notice</h1></header><p>Body text of the notice.</p>
        <footer>Last updated 1 May 2026</footer></main><footer>Site footer</footer>`),
    );
    expect(ex.text).toBe('Privacy notice\nBody text of the notice.\nLast updated 1 May 2026');
  });

  it('extracts <main>, or a single article holding most of the text, with the page title', () => {
    const filler = 'Policy words about personal data. '.repeat(20);
    const withMain = extract(
      page(
        `<aside>Related posts: ten ways to pack a rucksack</aside><main><h1>Notice</h1><p>${filler}</p></main>`,
        '<title>Our privacy notice</title>',
      ),
    );
    expect(withMain.text.startsWith('Notice\n')).toBe(true);
    expect(withMain.text).not.toContain('rucksack');
    expect(withMain.title).toBe('Our privacy notice');

    const withArticle = extract(
      page(`<div>Sidebar teaser</div><article><h1>Notice</h1><p>${filler}</p></article>`, ''),
    );
    expect(withArticle.text).not.toContain('Sidebar');
    expect(withArticle.title).toBe('Notice');

    const manyArticles = extract(
      page(`<article><p>${filler}</p></article><article><p>${filler}</p></article><div>Outside</div>`),
    );
    expect(manyArticles.text).toContain('Outside');
  });

  it('extracts a given root', () => {
    const { document } = parseHTML(page('<div id="a"><p>First</p></div><div id="b"><p>Second</p></div>'));
    const ex = checked(extractReadableText(document, { root: document.getElementById('b') as Element }));
    expect(ex.text).toBe('Second');
  });

  it('treats hostile markup as inert text', () => {
    (globalThis as { pwned?: boolean }).pwned = false;
    const ex = extract(
      page(`<p>Before <script>globalThis.pwned = true; document.write("<p>injected</p>")</script>after</p>
        <p><img src="x" onerror="globalThis.pwned = true">Image para</p>
        <p>&lt;script&gt;alert("x")&lt;/script&gt; &amp;lt;b&amp;gt; literal</p>
        <style>p { display: none }</style>
        <svg><text>svg text</text></svg><iframe src="https://evil.example/"></iframe>`),
    );
    expect(ex.text).toBe('Before after\nImage para\n<script>alert("x")</script> &lt;b&gt; literal');
    expect((globalThis as { pwned?: boolean }).pwned).toBe(false);
  });

  it('maps every copied character back to its text node, and only those', () => {
    const ex = extract(
      page('<p>  alpha beta\n   gamma  <em>delta</em>\tepsilon </p><pre>  keep   this\n  layout\n</pre><p>x</p>'),
    );
    expect(ex.text).toBe('alpha beta gamma delta epsilon\nkeep   this\n  layout\nx');
    const covered = new Array(ex.text.length).fill(false);
    for (const s of ex.segments) for (let i = s.start; i < s.end; i++) covered[i] = true;
    // Everything but the collapsed runs and inserted newlines comes from a node.
    const uncovered = ex.text.split('').filter((_, i) => !covered[i]);
    expect(uncovered.join('')).toBe('   \n\n');
    // "alpha beta" is one node run including its single source space.
    expect(ex.segments[0]).toMatchObject({ start: 0, end: 10, nodeStart: 2 });
  });

  it('keeps preformatted text as written, without trailing blank lines', () => {
    const ex = extract(page('<pre>\nline 1\n  line <b>2</b>\n\n</pre><p>after</p>'));
    expect(ex.text).toBe('line 1\n  line 2\nafter');
    expect(blockTexts(ex)).toEqual(['paragraph: line 1\n  line 2', 'paragraph: after']);
  });

  it('splits blocks at <br> and handles role=heading and <summary>', () => {
    const ex = extract(
      page(`<h2>Your data</h2><details><summary>How long we keep it</summary><p>Six years.</p></details>
        <div role="heading" aria-level="4">Aria heading</div><address>Northwind Ltd<br>1 High Street<br>Leeds</address>`),
    );
    expect(blockTexts(ex)).toEqual([
      'heading2: Your data',
      'heading3: How long we keep it',
      'paragraph: Six years.',
      'heading4: Aria heading',
      'paragraph: Northwind Ltd',
      'paragraph: 1 High Street',
      'paragraph: Leeds',
    ]);
  });

  it('keeps collapsed accordion panels of the notice', () => {
    const ex = extract(
      page(`<h3><button aria-controls="panel-1" aria-expanded="false">Retention</button></h3>
        <div id="panel-1" hidden><p>We keep orders for six years.</p></div>
        <div role="region" aria-labelledby="h2" style="display:none"><p>Region panel.</p></div>
        <div id="menu" hidden><p>Hidden menu</p></div>`),
    );
    expect(ex.text).toBe('We keep orders for six years.\nRegion panel.');
  });

  it('includes open shadow roots with their slotted content', () => {
    const { document } = parseHTML(
      page('<p>Light before</p><policy-card><span>Slotted light text</span></policy-card>'),
    );
    const host = document.querySelector('policy-card') as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<h2>Shadow heading</h2><p>Shadow paragraph. <slot></slot></p>';
    const ex = checked(extractReadableText(document));
    expect(ex.text).toBe('Light before\nShadow heading\nShadow paragraph. Slotted light text');
    expect(blockTexts(ex)[1]).toBe('heading2: Shadow heading');
  });

  it('includes accessible iframes and skips inaccessible ones', () => {
    const { document } = parseHTML(
      page('<p>Outer</p><iframe id="same"></iframe><iframe id="cross"></iframe><p>After</p>'),
    );
    const inner = parseHTML(page('<nav>Frame nav</nav><p>Framed policy text</p>')).document;
    Object.defineProperty(document.getElementById('same'), 'contentDocument', { get: () => inner });
    Object.defineProperty(document.getElementById('cross'), 'contentDocument', {
      get: () => {
        throw new Error('SecurityError');
      },
    });
    const ex = checked(extractReadableText(document));
    expect(ex.text).toBe('Outer\nFramed policy text\nAfter');
  });

  it('uses computed styles when the document has a layout engine', () => {
    const { document } = parseHTML(
      page(
        '<p class="shown">Shown</p><p class="gone">Gone by stylesheet</p><div class="consent-box"><p>Cookies?</p><button>OK</button></div>',
      ),
    );
    const view = {
      getComputedStyle: (el: Element) => ({
        display: el.classList.contains('gone') ? 'none' : 'block',
        visibility: 'visible',
        position: el.classList.contains('consent-box') ? 'fixed' : 'static',
      }),
    };
    Object.defineProperty(document, 'defaultView', { get: () => view });
    const ex = checked(extractReadableText(document));
    expect(ex.text).toBe('Shown');
  });

  it('extracts a 1 MB page well under a second', () => {
    const section = (i: number) =>
      `<h2>Section ${i}</h2><p>We process your <b>personal data</b> for purpose ${i}, as described
       in this notice, and keep it for <i>six years</i>.</p><ul><li>Name</li><li>Email address</li></ul>`;
    const html = page(Array.from({ length: 5200 }, (_, i) => section(i)).join('\n'));
    expect(html.length).toBeGreaterThan(1_000_000);
    const { document } = parseHTML(html);
    const t0 = performance.now();
    const ex = extractReadableText(document);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(700);
    expect(ex.blocks.length).toBe(20_800);
    checked(ex);
  });

  it('survives 10,000 levels of nesting', () => {
    const html = page(`${'<div><span>'.repeat(10_000)}deep text${'</span></div>'.repeat(10_000)}<p>after</p>`);
    const ex = extract(html);
    expect(ex.text).toBe('deep text\nafter');
  });

  it('caps the text and says so', () => {
    const ex = extract(page('<p>0123456789</p><p>abcdefghij</p><p>more</p>'), { maxChars: 15 });
    expect(ex.text).toBe('0123456789\nabcd');
    expect(ex.truncated).toBe(true);
    expect(blockTexts(ex)).toEqual(['paragraph: 0123456789', 'paragraph: abcd']);
  });

  it('copes with an empty or body-less document', () => {
    expect(extract('').text).toBe('');
    expect(extract('<html><body></body></html>').blocks).toEqual([]);
  });
});

describe('rangesForSpan', () => {
  interface FakeRange {
    node?: Node;
    start?: number;
    end?: number;
    setStart(node: Node, offset: number): void;
    setEnd(node: Node, offset: number): void;
  }
  const fakeDocument = {
    createRange(): FakeRange {
      return {
        setStart(node, offset) {
          this.node = node;
          this.start = offset;
        },
        setEnd(node, offset) {
          if (node !== this.node) throw new Error('spans nodes');
          this.end = offset;
        },
      };
    },
  } as unknown as Document;

  it('returns one range per text node run covering the span', () => {
    const ex = extract(page('<p>We keep <b>orders</b>\n   for six years.</p><p>Next block</p>'));
    expect(ex.text).toBe('We keep orders for six years.\nNext block');
    const start = ex.text.indexOf('keep');
    const end = ex.text.indexOf('six') + 3;
    const ranges = rangesForSpan(ex, start, end, fakeDocument) as unknown as FakeRange[];
    const quoted = ranges.map((r) => (r.node as Text).data.slice(r.start, r.end));
    expect(quoted).toEqual(['keep ', 'orders', 'for six']);
  });

  it('merges segments of one node split by collapsed whitespace, and returns nothing for an empty span', () => {
    const ex = extract(page('<p>personal\n      data</p>'));
    const ranges = rangesForSpan(ex, 0, ex.text.length, fakeDocument) as unknown as FakeRange[];
    expect(ranges).toHaveLength(1);
    const [only] = ranges;
    expect(only && (only.node as Text).data.slice(only.start, only.end)).toBe('personal\n      data');
    expect(rangesForSpan(ex, 3, 3, fakeDocument)).toEqual([]);
  });
});
