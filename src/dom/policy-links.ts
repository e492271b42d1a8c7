// Links on a page that look like its privacy or cookie notice, for the
// "not a policy page" state: one click audits the linked notice.
import type { PolicyLink } from '../messaging';

// "Privacy Policy", "Privacy & Cookies", "Data protection notice", "How we use your data".
const PRIVACY_TEXT =
  /\bprivacy\b|\bdata protection\b|\bgdpr\b|\bpersonal (?:data|information)\b|\bhow we use (?:your )?(?:data|information)\b|\bfair processing\b/i;
// "Cookie policy", "About cookies" (but not "Cookie settings", which opens a banner).
const COOKIE_TEXT = /\bcookies?\b/i;
const SETTINGS_TEXT = /\b(?:settings|preferences|consent|manage|choices|accept|reject|do not sell)\b/i;
const PRIVACY_HREF = /privacy|data-?protection|gdpr|datenschutz|privacidad|confidentialit/i;
const COOKIE_HREF = /cookie/i;

const MAX_LINKS = 8;

export function findPolicyLinks(document: Document, pageUrl = document.URL): PolicyLink[] {
  const here = stripHash(pageUrl);
  const found = new Map<string, PolicyLink & { rank: number }>();
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    const href = resolve(a.getAttribute('href') ?? '', document.baseURI || pageUrl);
    if (!href || stripHash(href) === here) continue;
    const text = labelOf(a);
    const rank = rankLink(text, href);
    if (rank === 0) continue;
    const key = stripHash(href);
    const kind: PolicyLink['kind'] =
      PRIVACY_TEXT.test(text) || (!text && PRIVACY_HREF.test(href)) ? 'privacy' : 'cookie';
    const previous = found.get(key);
    if (!previous || previous.rank < rank) {
      found.set(key, { href, text: text || new URL(href).pathname, kind, rank });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.rank - a.rank)
    .slice(0, MAX_LINKS)
    .map(({ href, text, kind }) => ({ href, text, kind }));
}

/** 0 = not a notice link; higher = more likely the notice itself. */
function rankLink(text: string, href: string): number {
  const settingsOnly = SETTINGS_TEXT.test(text) && !/\b(?:policy|notice|statement)\b/i.test(text);
  if (settingsOnly) return 0;
  if (PRIVACY_TEXT.test(text)) return /\b(?:policy|notice|statement)\b/i.test(text) ? 4 : 3;
  if (COOKIE_TEXT.test(text)) return /\b(?:policy|notice|statement)\b/i.test(text) ? 2 : 1;
  if (!text || text.length < 3) {
    if (PRIVACY_HREF.test(href)) return 2;
    if (COOKIE_HREF.test(href)) return 1;
  }
  return 0;
}

function labelOf(a: Element): string {
  const raw = a.textContent?.trim() || a.getAttribute('aria-label') || a.getAttribute('title') || '';
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function resolve(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
