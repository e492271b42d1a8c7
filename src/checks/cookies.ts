import { crossCheckFor } from '../cookies/cross-check';
import { defineCheck } from '../engine/check';
import type { Block, PolicyDocument, Sentence } from '../engine/document';
import {
  BANNER_ACCEPT,
  BANNER_CONTROL,
  COOKIE_HEADING,
  COOKIE_POINTER,
  COOKIE_PURPOSE,
  COOKIE_REFUSAL,
  COOKIE_TERM,
  EXCEPTION,
  NO_COOKIES,
} from '../engine/lexicons/cookie-terms';
import { sentencesWithin } from '../engine/text';
import type { ObservedCookieResult } from '../engine/types';

// A refusal route outside the browser/cookie context is something else:
// "use our communications preferences link to opt out of email tracking".
const BROWSER = /\bbrowser\b/i;
const INTRODUCTION = /\b(?:describes|explains|sets out|tells you|covers)\b/i;

// A banner's message sits just before its buttons: "We use cookies on this website. Some are essential and others
// help us improve your experience." A longer block is the notice's own text.
const BANNER_MESSAGE_BLOCKS = 2;
const BANNER_MESSAGE_MAX_CHARS = 400;

interface Furniture {
  /** Blocks that are no part of the notice's wording. */
  blocks: Set<Block>;
  /** The banners' own blocks: a "Cookie settings" button read as a heading heads no cookie section. */
  banners: Set<Block>;
}

/**
 * Cookie-banner furniture scraped with the notice as plain text: button and link labels standing alone on their
 * lines ("Accept all cookies", "Reject all", "Cookie settings"), and a banner: a run of two or more such buttons,
 * one of them accepting, with the short message right before it. The notice's own wording, not the banner, must
 * say what cookies are for and how to refuse them. (A "Cookie settings" line alone may head the notice's own
 * section on cookies: it is no instruction itself, but its section still speaks of cookies; and a paragraph under
 * the notice's "Cookies" heading stays the notice's own even with buttons after it.)
 */
function findFurniture(doc: PolicyDocument): Furniture {
  const furniture: Furniture = { blocks: new Set(), banners: new Set() };
  const { blocks } = doc;
  for (let i = 0; i < blocks.length; i++) {
    if (!BANNER_CONTROL.test(blocks[i]?.text ?? '')) continue;
    let end = i;
    while (end + 1 < blocks.length && BANNER_CONTROL.test(blocks[end + 1]?.text ?? '')) end++;
    const run = blocks.slice(i, end + 1);
    for (const control of run) furniture.blocks.add(control);
    if (run.length >= 2 && run.some((b) => BANNER_ACCEPT.test(b.text))) {
      for (const control of run) furniture.banners.add(control);
      for (let j = i - 1; j >= Math.max(0, i - BANNER_MESSAGE_BLOCKS); j--) {
        const message = blocks[j] as Block;
        if (message.text.length > BANNER_MESSAGE_MAX_CHARS || !COOKIE_TERM.test(message.text)) break;
        // Under the notice's own "Cookies" heading, the paragraph is the notice's, whatever buttons follow it.
        const title = doc.sectionTitleAt(message.start) ?? '';
        if (COOKIE_HEADING.test(title) && !BANNER_CONTROL.test(title)) break;
        furniture.blocks.add(message);
        furniture.banners.add(message);
      }
    }
    i = end;
  }
  return furniture;
}

const MAX_NAMED = 5;
const INTRUSIVENESS: Record<ObservedCookieResult['category'], number> = {
  advertising: 0,
  analytics: 1,
  functional: 2,
  necessary: 3,
  unknown: 4,
};

/** "IDE (advertising, DoubleClick/Google Marketing), _ga (analytics, Google Analytics)": the most intrusive first. */
function nameCookies(cookies: readonly ObservedCookieResult[]): string {
  const sorted = [...cookies].sort((a, b) => INTRUSIVENESS[a.category] - INTRUSIVENESS[b.category]);
  const named = sorted
    .slice(0, MAX_NAMED)
    .map((c) => `${c.name} (${c.vendor ? `${c.category}, ${c.vendor}` : c.category})`)
    .join(', ');
  return sorted.length > MAX_NAMED ? `${named} and ${sorted.length - MAX_NAMED} more` : named;
}

export default defineCheck({
  meta: {
    id: 'cookies',
    title: 'Cookies described, with purposes and how to refuse them',
    failureTitle: 'Cookies not described with their purposes and how to refuse them',
    source: 'PECR reg 6',
    weight: 1,
    statuses: ['met', 'partial', 'missing'],
    advice:
      'Describe the cookies and similar technologies the site uses and what each is for (strictly necessary, analytics, advertising...), and tell visitors how to refuse or manage them (the cookie banner or settings link, browser settings, opt-out tools).',
    sampleWording:
      'Example Ltd uses strictly necessary cookies to keep your basket working, and, only if you agree, Google Analytics cookies to count visits and see which pages are popular. You can accept or reject analytics cookies in our cookie banner, change your choice at any time through the "Cookie settings" link at the foot of every page, or block cookies in your browser settings.',
    messages: {
      pointer:
        'The notice only points to a separate cookie policy; it does not itself say what cookies are used for or how to refuse them.',
      'no-refusal': 'The notice says what cookies are used for but not how to refuse or manage them.',
      'no-purpose': 'The notice says how to refuse or manage cookies but not what they are used for.',
      bare: 'The notice mentions cookies but says neither what they are used for nor how to refuse them.',
      none: 'The notice says nothing about cookies or similar technologies.',
      'none-observed':
        'The notice says nothing about cookies or similar technologies, yet the site sets {{count}}: {{cookies}}.',
      contradicted: 'The notice says the site sets no cookies, yet it sets {{count}}: {{cookies}}.',
    },
  },
  // The notice text decides the status; cookies observed on the site (when read) name what a silent notice leaves out.
  run(context) {
    const { doc } = context;
    // Strictly necessary cookies need no information (PECR Sch A1); unclassified ones may be anything.
    const nonEssential = (crossCheckFor(context)?.audit.cookies ?? []).filter(
      (c) => c.category === 'advertising' || c.category === 'analytics' || c.category === 'functional',
    );
    const observed = {
      count: `${nonEssential.length} non-essential ${nonEssential.length === 1 ? 'cookie' : 'cookies'}`,
      cookies: nameCookies(nonEssential),
    };
    const furniture = findFurniture(doc);
    const cookieSections = doc
      .sectionsTitled(COOKIE_HEADING)
      .filter((s) => !s.heading || !furniture.banners.has(s.heading));
    const cookieSection = new Set(sentencesWithin(doc, cookieSections));
    // "...analytics cookies for statistical purposes. To opt out, visit ...": the next sentence of the paragraph continues the topic.
    const continuesCookies = (s: Sentence) => {
      const previous = doc.sentences[s.index - 1];
      return previous !== undefined && previous.block === s.block && COOKIE_TERM.test(previous.text);
    };
    const aboutCookies = (s: Sentence) => COOKIE_TERM.test(s.text) || cookieSection.has(s) || continuesCookies(s);

    const mentions: Sentence[] = [];
    const purposes: Sentence[] = [];
    const refusals: Sentence[] = [];
    const pointers: Sentence[] = [];
    const none: Sentence[] = [];
    for (const sentence of doc.sentences) {
      const { text } = sentence;
      if (furniture.blocks.has(sentence.block)) continue;
      if (!aboutCookies(sentence) && !BROWSER.test(text)) continue;
      if (COOKIE_TERM.test(text)) mentions.push(sentence);
      if (NO_COOKIES.test(text) && !EXCEPTION.test(text)) none.push(sentence);
      else if (COOKIE_PURPOSE.test(text) && aboutCookies(sentence)) purposes.push(sentence);
      // "For more on how to switch them off, see our Cookie Policy" is a pointer, not an instruction.
      const refusal = COOKIE_REFUSAL.exec(text);
      if (refusal && !(COOKIE_POINTER.test(text) && /\bhow\b/i.test(text.slice(0, refusal.index + refusal[0].length))))
        refusals.push(sentence);
      if (COOKIE_POINTER.test(text)) pointers.push(sentence);
    }

    // Quote instructions that name cookies first; an introduction ("this policy describes how you can manage them") last.
    const rank = (s: Sentence) => (COOKIE_TERM.test(s.text) ? 0 : 1) + (INTRODUCTION.test(s.text) ? 2 : 0);
    refusals.sort((a, b) => rank(a) - rank(b) || a.start - b.start);
    if (purposes.length > 0 && refusals.length > 0) {
      return { status: 'met', evidence: [...purposes.slice(0, 2), ...refusals.slice(0, 2)] };
    }
    // "This website does not set any cookies." (unless the site was seen to set some)
    if (none.length > 0 && purposes.length === 0) {
      if (nonEssential.length > 0)
        return { status: 'partial', evidence: none.slice(0, 2), messageId: 'contradicted', data: observed };
      return { status: 'met', evidence: none.slice(0, 2) };
    }
    if (purposes.length > 0)
      return {
        status: 'partial',
        evidence: [...purposes.slice(0, 2), ...pointers.slice(0, 1)],
        messageId: 'no-refusal',
      };
    if (refusals.length > 0) return { status: 'partial', evidence: refusals.slice(0, 3), messageId: 'no-purpose' };
    if (pointers.length > 0) return { status: 'partial', evidence: pointers.slice(0, 2), messageId: 'pointer' };
    if (mentions.length > 0) return { status: 'partial', evidence: mentions.slice(0, 2), messageId: 'bare' };
    if (nonEssential.length > 0) return { status: 'missing', messageId: 'none-observed', data: observed };
    return { status: 'missing', messageId: 'none' };
  },
});
