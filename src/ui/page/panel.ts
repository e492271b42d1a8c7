// The in-page panel: a closed shadow root (page CSS and scripts cannot reach
// it) listing what the notice is missing and what to add, and a jump list to
// each item found. Built from text nodes only; no Preact in the content script.
import type { HighlightItem, PanelData } from '../../messaging';

export interface PagePanel {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  showTooltip(text: string, status: HighlightItem['status'], x: number, y: number): void;
  hideTooltip(): void;
  destroy(): void;
}

export interface PanelOptions {
  onJump(item: HighlightItem, index: number): void;
  onClose(): void;
}

const CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel { position: fixed; top: 16px; right: 16px; z-index: 2147483646; width: 340px; max-height: calc(100vh - 32px);
  display: flex; flex-direction: column; background: #fff; color: #1f2937; border: 1px solid #d1d5db; border-radius: 12px;
  box-shadow: 0 12px 32px rgba(15, 23, 42, 0.18), 0 2px 6px rgba(15, 23, 42, 0.08);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; overflow: hidden; }
.panel.collapsed .body { display: none; }
.panel[hidden] { display: none; }
header { display: flex; align-items: center; gap: 10px; padding: 10px 12px; border-bottom: 1px solid #e5e7eb; background: #f8fafc; }
.score { flex: none; min-width: 40px; height: 28px; padding: 0 8px; border-radius: 14px; display: inline-flex; align-items: center;
  justify-content: center; font-weight: 700; font-size: 14px; color: #fff; }
.band-good { background: #15803d; } .band-fair { background: #b45309; } .band-poor { background: #b91c1c; }
h2 { flex: 1; margin: 0; font-size: 14px; font-weight: 650; color: #0f172a; }
.icon-btn { flex: none; border: 0; background: transparent; color: #475569; width: 28px; height: 28px; border-radius: 6px;
  font: inherit; font-size: 16px; line-height: 1; cursor: pointer; }
.icon-btn:hover { background: #e2e8f0; color: #0f172a; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.body { overflow: auto; padding: 4px 12px 12px; }
h3 { margin: 12px 0 6px; font-size: 11px; letter-spacing: 0.06em; text-transform: uppercase; color: #64748b; }
ul { list-style: none; margin: 0; padding: 0; }
.gap { padding: 7px 0; border-top: 1px solid #f1f5f9; }
.gap:first-child { border-top: 0; }
.gap-title { display: flex; gap: 8px; align-items: baseline; font-weight: 600; color: #0f172a; }
.advice { margin: 3px 0 0 16px; color: #475569; }
.dot { flex: none; width: 8px; height: 8px; border-radius: 50%; display: inline-block; transform: translateY(-1px); }
.dot.met { background: #16a34a; } .dot.partial { background: #d97706; } .dot.missing { background: #dc2626; }
.jump { width: 100%; display: flex; gap: 8px; align-items: baseline; text-align: left; border: 0; background: transparent;
  padding: 6px 6px; margin: 0 -6px; border-radius: 6px; font: inherit; color: #1e3a8a; cursor: pointer; }
.jump:hover { background: #eff6ff; }
.count { margin-left: auto; flex: none; white-space: nowrap; color: #64748b; font-size: 12px; }
.empty { color: #64748b; margin: 4px 0; }
.legend { display: flex; gap: 12px; margin-top: 12px; padding-top: 8px; border-top: 1px solid #e5e7eb; color: #64748b; font-size: 12px; }
.swatch { display: inline-block; width: 14px; height: 10px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
.swatch.met { background: rgba(34, 197, 94, 0.35); border-bottom: 2px solid #15803d; }
.swatch.partial { background: rgba(245, 158, 11, 0.4); border-bottom: 2px solid #b45309; }
.tip { position: fixed; z-index: 2147483647; pointer-events: none; max-width: 280px; padding: 5px 9px; border-radius: 6px;
  background: #0f172a; color: #f8fafc; font: 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  box-shadow: 0 4px 12px rgba(0, 0, 0, 0.25); display: none; }
.tip .dot { margin-right: 6px; }
@media print { .panel, .tip { display: none; } }
`;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function bandOf(score: number): 'good' | 'fair' | 'poor' {
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
}

export function mountPagePanel(document: Document, data: PanelData, options: PanelOptions): PagePanel {
  const host = el(document, 'div');
  host.setAttribute('data-pna-panel', '');
  host.style.setProperty('all', 'initial');
  const root = host.attachShadow({ mode: 'closed' });
  const style = el(document, 'style', undefined, CSS);
  root.appendChild(style);

  const panel = el(document, 'section', 'panel');
  panel.setAttribute('role', 'complementary');
  panel.setAttribute('aria-label', 'Privacy notice audit');

  const header = el(document, 'header');
  const score = el(document, 'span', `score band-${bandOf(data.score)}`, String(data.score));
  score.title = `Score ${data.score} of 100`;
  const heading = el(document, 'h2', undefined, 'Privacy notice audit');
  const collapse = el(document, 'button', 'icon-btn', '–');
  collapse.type = 'button';
  collapse.setAttribute('aria-label', 'Collapse the audit panel');
  collapse.setAttribute('aria-expanded', 'true');
  collapse.addEventListener('click', () => {
    const collapsed = panel.classList.toggle('collapsed');
    collapse.textContent = collapsed ? '+' : '–';
    collapse.setAttribute('aria-expanded', String(!collapsed));
    collapse.setAttribute('aria-label', collapsed ? 'Expand the audit panel' : 'Collapse the audit panel');
  });
  const close = el(document, 'button', 'icon-btn', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close the audit panel');
  // Closing hides the panel only; the highlights (and their hover labels) stay until turned off in the popup.
  close.addEventListener('click', () => {
    panel.hidden = true;
    options.onClose();
  });
  header.append(score, heading, collapse, close);

  const body = el(document, 'div', 'body');
  body.appendChild(el(document, 'h3', undefined, `Missing or incomplete (${data.gaps.length})`));
  const gaps = el(document, 'ul', 'gaps');
  gaps.setAttribute('data-pna-list', 'gaps');
  for (const gap of data.gaps) {
    const li = el(document, 'li', 'gap');
    li.setAttribute('data-check-id', gap.checkId);
    li.setAttribute('data-status', gap.status);
    const title = el(document, 'div', 'gap-title');
    title.append(el(document, 'span', `dot ${gap.status}`), el(document, 'span', undefined, gap.title));
    li.appendChild(title);
    if (gap.advice) li.appendChild(el(document, 'p', 'advice', gap.advice));
    gaps.appendChild(li);
  }
  if (!data.gaps.length) body.appendChild(el(document, 'p', 'empty', 'Nothing missing: every item is addressed.'));
  else body.appendChild(gaps);

  body.appendChild(el(document, 'h3', undefined, `Found in this notice (${data.found.length})`));
  const found = el(document, 'ul', 'found');
  found.setAttribute('data-pna-list', 'found');
  for (const item of data.found) {
    const li = el(document, 'li');
    li.setAttribute('data-check-id', item.checkId);
    li.setAttribute('data-status', item.status);
    const button = el(document, 'button', 'jump');
    button.type = 'button';
    let next = 0;
    button.append(
      el(document, 'span', `dot ${item.status}`),
      el(document, 'span', undefined, item.title),
      el(document, 'span', 'count', item.spans.length > 1 ? `${item.spans.length} quotes` : ''),
    );
    button.setAttribute('aria-label', `Jump to: ${item.title}`);
    button.addEventListener('click', () => {
      options.onJump(item, next);
      next = (next + 1) % Math.max(1, item.spans.length);
    });
    li.appendChild(button);
    found.appendChild(li);
  }
  if (!data.found.length) body.appendChild(el(document, 'p', 'empty', 'No evidence to show on this page.'));
  else body.appendChild(found);

  const legend = el(document, 'div', 'legend');
  const met = el(document, 'span');
  met.append(el(document, 'span', 'swatch met'), document.createTextNode('Met'));
  const partial = el(document, 'span');
  partial.append(el(document, 'span', 'swatch partial'), document.createTextNode('Partial'));
  legend.append(met, partial);
  body.appendChild(legend);

  panel.append(header, body);
  const tip = el(document, 'div', 'tip');
  tip.setAttribute('role', 'tooltip');
  root.append(panel, tip);
  document.documentElement.appendChild(host);

  return {
    host,
    root,
    showTooltip(text, status, x, y) {
      tip.replaceChildren(el(document, 'span', `dot ${status}`), document.createTextNode(text));
      tip.style.display = 'block';
      const view = document.defaultView;
      const width = view?.innerWidth ?? 1024;
      tip.style.left = `${Math.min(x + 12, width - 290)}px`;
      tip.style.top = `${y + 16}px`;
    },
    hideTooltip() {
      tip.style.display = 'none';
    },
    destroy() {
      host.remove();
    },
  };
}
