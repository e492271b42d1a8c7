// Small text helpers shared by checks: regex search with offsets, and span sets.
import type { PolicyDocument, Sentence } from './document';
import type { Span } from './types';

export interface RegexHit extends Span {
  text: string;
  groups: Record<string, string | undefined>;
}

/** All matches of `pattern` in `text` (a global copy is made), offsets shifted by `base`. */
const globalCopies = new WeakMap<RegExp, RegExp>();

/** A global copy of `pattern`, compiled once: checks call findAll per sentence. */
function globalCopyOf(pattern: RegExp): RegExp {
  let copy = globalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, copy);
  }
  copy.lastIndex = 0;
  return copy;
}

export function findAll(text: string, pattern: RegExp, base = 0): RegexHit[] {
  const re = globalCopyOf(pattern);
  const hits: RegexHit[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0], groups: { ...m.groups } });
  }
  return hits;
}

/** Sentences of the document whose text matches `pattern`. */
export function sentencesMatching(doc: PolicyDocument, pattern: RegExp, within?: readonly Sentence[]): Sentence[] {
  const re = globalCopyOf(pattern);
  return (within ?? doc.sentences).filter((s) => {
    re.lastIndex = 0;
    return re.test(s.text);
  });
}

/** Sentences lying inside the given spans (e.g. sections). */
export function sentencesWithin(doc: PolicyDocument, spans: readonly Span[]): Sentence[] {
  return doc.sentences.filter((s) => spans.some((r) => s.start >= r.start && s.end <= r.end));
}

/** A whole sentence as evidence. */
export function spanOf(s: Span): Span {
  return { start: s.start, end: s.end };
}

/** Sorted, de-duplicated spans with overlapping ones merged. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** A negation close before a position in the same sentence ("we do not transfer"). */
export function isNegatedBefore(sentence: Sentence, offset: number, window = 40): boolean {
  const before = sentence.text.slice(Math.max(0, offset - sentence.start - window), offset - sentence.start);
  // "won't", "don't": no word boundary sits before the n of n't. "We do not share it except with
  // couriers": a denial ends at except/unless/other than/apart from.
  return /(?:\b(?:not|never|no|none|neither|nor|without|cannot)\b|n['’]t\b)(?:(?!\b(?:except|unless|other than|apart from|but)\b)[^,;])*$/i.test(
    before,
  );
}

/** A denial straight after a term: "consent is not the lawful basis we use". */
export function isDeniedAfter(sentence: Sentence, end: number): boolean {
  const after = sentence.text.slice(end - sentence.start, end - sentence.start + 30);
  return /^\W{0,3}(?:is|are|was|will be|would be)\s+(?:not|never)\b|^\W{0,3}(?:isn['’]t|aren['’]t|won['’]t)\b/i.test(
    after,
  );
}
