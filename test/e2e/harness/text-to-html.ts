// Plain-text notices as web pages (headings, lists, paragraphs, with site
// chrome around them), so real notice wording can be served to the browser.
const BULLET = /^\s*(?:[•●◦▪‣∙·*\-–—]|\d+[.)])\s+/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function isHeading(line: string): boolean {
  if (line.length > 80 || /[.,;:]$/.test(line)) return false;
  const letters = line.replace(/[^A-Za-z]/g, '');
  return letters.length > 2 && (letters === letters.toUpperCase() || line.split(/\s+/).length <= 6);
}

export function textToHtml(text: string, title: string): string {
  const out: string[] = [];
  let list = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (BULLET.test(line)) {
      if (!list) out.push('<ul>');
      list = true;
      out.push(`<li>${escapeHtml(line.replace(BULLET, ''))}</li>`);
      continue;
    }
    if (list) out.push('</ul>');
    list = false;
    out.push(isHeading(line) ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`);
  }
  if (list) out.push('</ul>');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/contact">Contact</a></nav></header>
<main>${out.join('\n')}</main>
<footer><p>© 2026 · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p></footer></body></html>`;
}
