// PolicyDocument: the extracted text of a notice, cut into blocks (headings,
// paragraphs, list items), sections and sentences, all by offsets into `text`.
import type { Span } from './types';

export type BlockKind = 'heading' | 'paragraph' | 'list-item';

export interface BlockInput extends Span {
  kind: BlockKind;
  /** 1-6 for headings; ignored otherwise. */
  level?: number;
}

export interface Block extends Span {
  index: number;
  kind: BlockKind;
  level: number;
  text: string;
}

export interface Sentence extends Span {
  index: number;
  block: Block;
  text: string;
}

export interface Section extends Span {
  heading: Block | null;
  title: string | null;
}

export interface PolicyDocument {
  readonly text: string;
  readonly title: string | null;
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  readonly headings: readonly Block[];
  readonly sections: readonly Section[];
  /** The heading text a position sits under, or null before the first heading. */
  sectionTitleAt(offset: number): string | null;
  /** Sections whose heading matches `pattern`, each spanning up to the next heading of the same or a higher level. */
  sectionsTitled(pattern: RegExp): Section[];
  /** The sentence containing `offset`, if any. */
  sentenceAt(offset: number): Sentence | null;
}

export interface DocumentInput {
  text: string;
  title?: string | null;
  /** Block structure from an HTML extraction; inferred from lines when absent. */
  blocks?: readonly BlockInput[];
}

export function createPolicyDocument(input: DocumentInput): PolicyDocument {
  const text = inOneStringEncoding(input.text);
  const blockInputs = input.blocks ?? inferBlocksFromPlainText(text);
  const blocks: Block[] = blockInputs.map((b, index) => ({
    index,
    kind: b.kind,
    level: b.kind === 'heading' ? (b.level ?? 2) : 7,
    start: b.start,
    end: b.end,
    text: text.slice(b.start, b.end),
  }));
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    for (const span of splitSentences(text, block.start, block.end)) {
      sentences.push({ ...span, index: sentences.length, block, text: text.slice(span.start, span.end) });
    }
  }
  const headings = blocks.filter((b) => b.kind === 'heading');
  const sections = buildSections(text.length, headings);
  const headingStarts = headings.map((h) => h.start);
  const sentenceStarts = sentences.map((s) => s.start);

  return {
    text,
    title: input.title ?? null,
    blocks,
    sentences,
    headings,
    sections,
    sectionTitleAt(offset) {
      const i = lastIndexAtOrBefore(headingStarts, offset);
      return i >= 0 ? (headings[i]?.text.trim() ?? null) : null;
    },
    sectionsTitled(pattern) {
      return sections.filter((s) => s.title !== null && pattern.test(s.title));
    },
    sentenceAt(offset) {
      const i = lastIndexAtOrBefore(sentenceStarts, offset);
      const s = i >= 0 ? sentences[i] : undefined;
      return s && offset < s.end ? s : null;
    },
  };
}

function buildSections(length: number, headings: Block[]): Section[] {
  const sections: Section[] = [];
  const first = headings[0];
  if (!first || first.start > 0) sections.push({ start: 0, end: first?.start ?? length, heading: null, title: null });
  headings.forEach((h, i) => {
    let end = length;
    for (let j = i + 1; j < headings.length; j++) {
      const next = headings[j];
      if (next && next.level <= h.level) {
        end = next.start;
        break;
      }
    }
    sections.push({ start: h.start, end, heading: h, title: h.text.trim() });
  });
  return sections;
}

function lastIndexAtOrBefore(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const BULLET = /^\s*(?:[•●◦▪‣∙·*\-–—]|\(?[a-z]\)|\(?[ivx]+\)|\d+\))\s+/i;
const NUMBERED_HEADING = /^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-Z]\.)\s+\S/;

/** Plain text: one block per non-empty line; short title-like lines are headings. */
export function inferBlocksFromPlainText(text: string): BlockInput[] {
  const blocks: BlockInput[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    const end = start + trimmed.length;
    const md = /^(#{1,6})\s+/.exec(trimmed);
    if (md?.[1]) {
      blocks.push({ start: start + md[0].length, end, kind: 'heading', level: md[1].length });
    } else if (isHeadingLine(trimmed)) {
      blocks.push({ start, end, kind: 'heading', level: /^[^a-z]*$/.test(trimmed) ? 2 : 3 });
    } else {
      blocks.push({ start, end, kind: BULLET.test(trimmed) ? 'list-item' : 'paragraph' });
    }
  }
  demoteBareListCells(text, blocks);
  promoteSentenceCaseHeadings(text, blocks);
  return blocks;
}

/** "Name\nEmail\nPhone": three or more one-to-three-word lines in a row are list cells, not headings. */
function demoteBareListCells(text: string, blocks: BlockInput[]): void {
  const isCell = (b: BlockInput) => {
    const line = text.slice(b.start, b.end);
    return b.kind !== 'list-item' && line.split(/\s+/).length <= 3 && !/[.!?]$/.test(line) && line === line.trim();
  };
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && isCell(blocks[j]!)) j++;
    if (j - i >= 3) {
      // The run's first line heads it when it is wordier than every cell: "Information we collect\nName\nEmail".
      const wordsIn = (b: BlockInput) => text.slice(b.start, b.end).split(/\s+/).length;
      const cells = blocks.slice(i + 1, j);
      const headed = cells.every((c) => wordsIn(c) < wordsIn(blocks[i]!));
      if (headed) blocks[i] = { ...blocks[i]!, kind: 'heading', level: 3 };
      for (let k = headed ? i + 1 : i; k < j; k++) blocks[k] = { ...blocks[k]!, kind: 'list-item' };
    }
    i = Math.max(j, i + 1);
  }
}

/** "How long we keep your data": a short unpunctuated line leading a longer paragraph or a list is a heading too. */
function promoteSentenceCaseHeadings(text: string, blocks: BlockInput[]): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1]!;
    if (block.kind !== 'paragraph' || next.kind === 'heading') continue;
    const line = text.slice(block.start, block.end);
    const words = line.split(/\s+/).length;
    // "Email address: info@x.com" or a lone table cell is a value, not a heading.
    if (words > 8 || !/^[A-Z]/.test(line) || /[.,;:!)]$|[:@]|\d{3}/.test(line)) continue;
    const after = blocks[i + 2];
    const wordsIn = (b: BlockInput) => text.slice(b.start, b.end).split(/\s+/).length;
    const leadsList =
      next.kind === 'list-item' || (words >= 2 && wordsIn(next) <= 3 && after !== undefined && wordsIn(after) <= 3);
    if (next.end - next.start > line.length || leadsList) blocks[i] = { ...block, kind: 'heading', level: 3 };
  }
}

function isHeadingLine(line: string): boolean {
  if (line.length > 90 || BULLET.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 12) return false;
  if (/[.,;]$/.test(line) && !/^\d+\.$/.test(line)) return false;
  const letters = line.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2) return false;
  if (letters === letters.toUpperCase()) return true;
  if (line.endsWith(':')) return false;
  // "1 Grange Court, Cambridge CB1 2AB" is an address line, not section 1.
  if (NUMBERED_HEADING.test(line)) return !line.includes(',');
  if (line.endsWith('?')) return true;
  // Title Case: most words longer than three letters start with a capital.
  const long = words.filter((w) => /^[A-Za-z]{4,}/.test(w));
  const capitalised = long.filter((w) => /^[A-Z]/.test(w));
  return long.length > 0 && capitalised.length / long.length >= 0.75 && words.length <= 8;
}

const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|etc|Ltd|Co|Inc|No|Nos|Mr|Mrs|Ms|Dr|St|vs|approx|incl|art|para|cf|Reg|Sec|s)\.|\b[A-Z]\.)$/i;

/** Sentence spans inside [start, end): cut after . ! ? followed by a space and a likely sentence start. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]["'”’)\]]*\s+(?=["“'‘(]?[A-Z0-9•])/g;
  const slice = text.slice(start, end);
  let from = 0;
  for (let m = boundary.exec(slice); m; m = boundary.exec(slice)) {
    const cut = m.index + m[0].trimEnd().length;
    if (ABBREVIATION.test(slice.slice(Math.max(from, cut - 8), cut))) continue;
    pushTrimmed(spans, slice, from, cut, start);
    from = m.index + m[0].length;
  }
  pushTrimmed(spans, slice, from, slice.length, start);
  return spans;
}

function pushTrimmed(spans: Span[], slice: string, from: number, to: number, base: number): void {
  const part = slice.slice(from, to);
  const lead = part.length - part.trimStart().length;
  const trimmed = part.trim();
  if (trimmed) spans.push({ start: base + from + lead, end: base + from + lead + trimmed.length });
}

/**
 * The same characters, always held by V8 as a two-byte string. V8 tiers a regular
 * expression up to native code for the encoding it first meets; audits of Latin-1
 * and of two-byte notices in one process otherwise leave every lexicon regex
 * interpreted for one of them (a 2-3x slowdown, measured with --no-regexp-tier-up).
 */
function inOneStringEncoding(text: string): string {
  return `${text}\u0100`.slice(0, -1);
}
