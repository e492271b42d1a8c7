// The only compromise import. Patterns are data; each set builds its net once,
// and only sentences that pass a cheap regex prefilter are parsed, because
// tagging a whole 20 KB notice costs more than our whole audit budget.
import nlp from 'compromise/one';
import type { Sentence } from './document';
import type { Span } from './types';

export interface PatternRule {
  /** compromise match syntax, e.g. `(will|do) not transfer .{0,4} outside`. */
  match: string;
  /** A slug naming what the pattern finds. */
  reason: string;
}

export interface PatternSet {
  /** Sentences that fail this test are never parsed. */
  readonly prefilter: RegExp;
  readonly rules: readonly PatternRule[];
}

export interface PatternHit extends Span {
  reason: string;
  text: string;
  sentence: Sentence;
}

type View = ReturnType<typeof nlp>;
type Net = ReturnType<typeof nlp.buildNet>;

const nets = new WeakMap<PatternSet, Net>();
const parsed = new WeakMap<Sentence, View>();

export function definePatterns(prefilter: RegExp, rules: PatternRule[]): PatternSet {
  if (prefilter.global || prefilter.sticky) throw new Error('prefilter must not be global or sticky');
  return { prefilter, rules };
}

function netOf(set: PatternSet): Net {
  let net = nets.get(set);
  if (!net) {
    net = nlp.buildNet(set.rules.map((r) => ({ match: r.match, reason: r.reason })));
    nets.set(set, net);
  }
  return net;
}

function parse(sentence: Sentence): View {
  let view = parsed.get(sentence);
  if (!view) {
    view = nlp(sentence.text);
    parsed.set(sentence, view);
  }
  return view;
}

interface MatchJson {
  offset?: { start: number; length: number };
}

/** Every match of the set in the given sentences, with absolute offsets, in text order. */
export function sweepSentences(sentences: readonly Sentence[], set: PatternSet): PatternHit[] {
  const hits: PatternHit[] = [];
  const net = netOf(set);
  for (const sentence of sentences) {
    if (!set.prefilter.test(sentence.text)) continue;
    const { found } = parse(sentence).sweep(net) as { found: { reason: string; view: View }[] };
    for (const match of found) {
      const json = match.view.json({ offset: true }) as MatchJson[];
      for (const part of json) {
        if (!part.offset) continue;
        const span = trimSpan(sentence.text, part.offset.start, part.offset.start + part.offset.length);
        if (span.end <= span.start) continue;
        const start = sentence.start + span.start;
        const end = sentence.start + span.end;
        hits.push({ start, end, reason: match.reason, text: sentence.text.slice(span.start, span.end), sentence });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Trims white space and trailing punctuation, which compromise includes in a match's offset. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:]/.test(text[s] ?? '')) s++;
  while (e > s && /[\s,;:.!?)"'”’]/.test(text[e - 1] ?? '')) e--;
  // Keep a closing bracket or quote that closes one opened inside the span.
  return { start: s, end: e };
}
