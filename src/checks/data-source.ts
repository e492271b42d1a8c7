import { defineCheck } from '../engine/check';
import type { Block, PolicyDocument, Sentence } from '../engine/document';
import {
  ACQUIRE_VERB,
  DIRECT_COLLECTION,
  DIRECT_SOURCE,
  GENERIC_SOURCE,
  GIVES_US,
  IMPLIED_INDIRECT,
  NAMED_SOURCE,
  NON_DATA_OBJECT,
  namedExampleAt,
  OBSERVED_TECHNOLOGY,
  PASSIVE_FROM,
  SOURCE_HEADING,
  SOURCE_PREPOSITION,
} from '../engine/lexicons/data-sources';
import { findAll, isNegatedBefore, sentencesWithin } from '../engine/text';

type SourceKind = 'named' | 'generic' | 'direct';

interface SourceFinding {
  kind: SourceKind;
  sentence: Sentence;
}

// "if you contact us via social media": a channel the person uses, not a source of data about them.
const PERSON_CLAUSE = /\b(?:when|if|where|whenever|as|each time) you\b/i;
// The acquisition verb's subject is the reader: "you will receive emails from us".
const READER_SUBJECT = /\byou(?:r)? (?:\w+ ){0,3}$/i;
// "We share your data with credit reference agencies": a recipient, not a source.
const RECIPIENT_BEFORE = /\b(?:with|to)\s+(?:\w+\s+){0,3}$/i;
const RECIPIENT_VERB =
  /\b(?:share|sharing|shared|disclos\w*|pass\w*|send|sending|sent|transfer\w*|sell\w*|provid\w*)\b/i;
// What GIVES_US must hand over to be a source: "give us your details", "share information with us".
const DATA_WORD = /\b(?:your|personal|information|data|details|reports?|contact|copies|a copy|references?|CVs?)\b/i;
// A lead-in whose list names the sources: "We may receive information about you from:".
const SOURCE_LEAD_IN = /\b(?:from|via|through|by|sources?|include|includes|including|such as)\s*:\s*$/i;
// A lead-in whose list gives the data rather than who it comes from: "We receive the following details from banks:".
const DATA_LIST_LEAD_IN =
  /\b(?:the following|these|those) (?:\w+ ){0,2}?(?:information|data|details|categories|types|kinds)\b/i;

/** "your employer; Companies House" is named, "you or other sources" generic, "you" or "cookies" direct. */
function classifyPhrase(phrase: string): SourceKind | null {
  // A source inside "when you contact us via LinkedIn" is the person's channel.
  const outsidePersonClause = (index: number) => index >= 0 && !PERSON_CLAUSE.test(phrase.slice(0, index));
  // "third parties such as Brightpath Media" names its source by example.
  if (outsidePersonClause(matchIndex(NAMED_SOURCE, phrase)) || outsidePersonClause(namedExampleAt(phrase)))
    return 'named';
  if (DIRECT_SOURCE.test(phrase) || OBSERVED_TECHNOLOGY.test(phrase)) return 'direct';
  if (outsidePersonClause(matchIndex(GENERIC_SOURCE, phrase))) return 'generic';
  return null;
}

/** The phrase after a source preposition, up to the next one or the end of the clause; a list after a colon runs on. */
function phraseAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 200);
  const list = /^\s*:/.test(rest);
  const stop = rest.search(list ? /\.\s/ : /[;.]\s|\b(?:from|via|through|by way of)\s/i);
  return (stop > 0 ? rest.slice(0, stop) : rest).replace(/^[\s:,-]+/, '');
}

/** Sources named after an acquisition verb, in a passive "provided by", or before "gives us". */
function findSourcesInSentence(sentence: Sentence): SourceFinding[] {
  const { text } = sentence;
  const found: SourceFinding[] = [];
  const add = (kind: SourceKind | null, negated: boolean) => {
    // "We do not obtain data from third parties" says the data comes from the person.
    if (kind) found.push({ kind: negated && kind !== 'direct' ? 'direct' : kind, sentence });
  };
  // "We obtain information from other sources, including our group companies."
  for (const verb of findAll(text, ACQUIRE_VERB)) {
    if (READER_SUBJECT.test(text.slice(Math.max(0, verb.start - 30), verb.start))) continue;
    const negated = isNegatedBefore(sentence, sentence.start + verb.start, 40);
    const window = text.slice(verb.end, verb.end + 80);
    for (const prep of findAll(window, SOURCE_PREPOSITION)) {
      const between = window.slice(0, prep.start);
      if (/[;]/.test(between) || PERSON_CLAUSE.test(between) || NON_DATA_OBJECT.test(between)) break;
      add(classifyPhrase(phraseAfter(text, verb.end + prep.end)), negated);
    }
  }
  // "Your details may be passed to us by your employer."
  for (const hit of findAll(text, PASSIVE_FROM)) {
    add(classifyPhrase(phraseAfter(text, hit.end)), isNegatedBefore(sentence, sentence.start + hit.start, 30));
  }
  // "Credit reference agencies may share information with us."
  for (const hit of findAll(text, GIVES_US)) {
    const handedOver = text
      .slice(hit.end, hit.end + 40)
      .trim()
      .split(/\s+/)
      .slice(0, 4)
      .join(' ');
    if (!DATA_WORD.test(hit.text) && !DATA_WORD.test(handedOver)) continue;
    const clauseStart = Math.max(
      text.lastIndexOf(',', hit.start),
      text.lastIndexOf(';', hit.start),
      text.lastIndexOf('(', hit.start),
      hit.start - 60,
      -1,
    );
    const before = text.slice(clauseStart + 1, hit.start);
    if (/\byou\s*(?:\w+\s*)?$/i.test(before) || /\bwe\b/i.test(before)) continue;
    add(classifyPhrase(before.trim()), false);
  }
  return found;
}

function matchIndex(pattern: RegExp, text: string): number {
  return pattern.exec(text)?.index ?? -1;
}

/**
 * Named or generic sources listed under a lead-in ("We receive data from:") or in a section about sources. In a list
 * under a source lead-in every item describes a source, so "when you book through a school, it sends us..." counts
 * there although a "when you" clause elsewhere is the person's own channel.
 */
function findSourcesInContext(sentences: readonly Sentence[], listedUnderLeadIn = false): SourceFinding[] {
  const found: SourceFinding[] = [];
  // A source term counts unless it is a recipient, denied, or the person's own channel ("if you message us on Facebook").
  const counts = (sentence: Sentence, index: number) =>
    index >= 0 &&
    !isRecipientMention(sentence, index) &&
    !isNegatedBefore(sentence, sentence.start + index, 60) &&
    (listedUnderLeadIn || !PERSON_CLAUSE.test(sentence.text.slice(0, index)));
  for (const sentence of sentences) {
    const { text } = sentence;
    if (counts(sentence, matchIndex(NAMED_SOURCE, text)) || counts(sentence, namedExampleAt(text)))
      found.push({ kind: 'named', sentence });
    else if (counts(sentence, matchIndex(GENERIC_SOURCE, text))) found.push({ kind: 'generic', sentence });
  }
  return found;
}

function isRecipientMention(sentence: Sentence, index: number): boolean {
  return (
    RECIPIENT_BEFORE.test(sentence.text.slice(Math.max(0, index - 40), index)) && RECIPIENT_VERB.test(sentence.text)
  );
}

/**
 * List items (HTML or plain-text bullets) following a lead-in that ends "...from:", "...from other sources:" or
 * "...from other organisations:", given the sources already found in the lead-in itself.
 */
function listedUnderLeadIn(doc: PolicyDocument, sentence: Sentence, inLeadIn: readonly SourceFinding[]): Sentence[] {
  const { text } = sentence;
  if (!/:\s*$/.test(text) || !ACQUIRE_VERB.test(text)) return [];
  // A lead-in that only introduces what the person gives: "We collect it directly from you:".
  if (/\bfrom you\s*:\s*$/i.test(text)) return [];
  const namesOtherSources = inLeadIn.some((f) => f.kind !== 'direct') && !DATA_LIST_LEAD_IN.test(text);
  if (!SOURCE_LEAD_IN.test(text) && !namesOtherSources) return [];
  const items: Sentence[] = [];
  for (let i = sentence.index + 1; i < doc.sentences.length; i++) {
    const next = doc.sentences[i];
    if (next?.block.kind !== 'list-item') break;
    items.push(next);
  }
  return items;
}

// A table column of sources: "Source", "Sources of data", "Where we get it", "How we obtain it", "Obtained from".
const SOURCE_COLUMN =
  /^(?:(?:data |information )?sources?(?: of (?:the |your )?(?:personal )?(?:data|information))?|where (?:we (?:get|obtain|collect|receive|source) (?:it|this|them|the data|your data|the information)|(?:it|this|the data|the information) (?:comes|is) from|(?:does it|do we get it) (?:come )?from)|how we (?:get|obtain|collect|receive|source) (?:it|this|them|the data|your data|the information)|(?:obtained|received|collected|sourced) from|where from|from whom)\W*$/i;
const MAX_TABLE_COLUMNS = 8;
const MAX_TABLE_ROWS = 30;

/** A cell short enough to be a column header: "What we hold", "Where we get it". */
function isShortCell(doc: PolicyDocument, index: number): boolean {
  const block = doc.blocks[index];
  if (!block || block.kind === 'heading') return false;
  return block.text.trim().split(/\s+/).length <= 6 && !/[.!?;]\s*$/.test(block.text);
}

/**
 * The cells under a source-like column header in a table extracted as one block per cell ("Who you are | What we
 * hold | Where we get it", then the rows). Rows are not marked, so the row width is the one whose columns are the
 * most alike in length (a column of short labels beside columns of long descriptions).
 */
function sourceColumnCells(doc: PolicyDocument): Block[] {
  const cells: Block[] = [];
  for (const header of doc.blocks) {
    if (header.kind === 'heading' || !SOURCE_COLUMN.test(header.text.trim())) continue;
    let first = header.index;
    while (first > 0 && header.index - first < MAX_TABLE_COLUMNS - 1 && isShortCell(doc, first - 1)) first--;
    let end = header.index + 1;
    while (end < doc.blocks.length && doc.blocks[end]?.kind !== 'heading') end++;
    const column = header.index - first;
    let best: { width: number; spread: number } | null = null;
    for (let width = Math.max(2, column + 1); width <= MAX_TABLE_COLUMNS; width++) {
      if (width - 1 > column && !isShortCell(doc, first + width - 1)) break;
      // Two data rows at least: a single row is alike with itself at any width.
      const rows = Math.min(MAX_TABLE_ROWS, Math.floor((end - first) / width) - 1);
      if (rows < 2 && best) break;
      if (rows < 1) break;
      const spread = lengthSpread(doc, first + width, width, rows);
      if (!best || spread < best.spread) best = { width, spread };
    }
    if (!best) continue;
    for (let row = 1; row <= MAX_TABLE_ROWS && first + row * best.width + column < end; row++) {
      const cell = doc.blocks[first + row * best.width + column];
      if (cell) cells.push(cell);
    }
  }
  return cells;
}

/** How far the cells of each column stray from the column's typical length (log words), averaged over columns. */
function lengthSpread(doc: PolicyDocument, start: number, width: number, rows: number): number {
  const size = (index: number) => Math.log2(1 + (doc.blocks[index]?.text.split(/\s+/).length ?? 0));
  let total = 0;
  for (let column = 0; column < width; column++) {
    const sizes = Array.from({ length: rows }, (_, row) => size(start + row * width + column));
    const mean = sizes.reduce((a, b) => a + b, 0) / rows;
    total += sizes.reduce((a, b) => a + Math.abs(b - mean), 0) / rows;
  }
  return total / width;
}

export default defineCheck({
  meta: {
    id: 'data-source',
    title: 'Sources of personal data named',
    failureTitle: 'Sources of personal data not named',
    source: 'UK GDPR Art 14(2)(f)',
    weight: 1,
    statuses: ['met', 'partial', 'missing', 'not-applicable'],
    advice:
      'Where personal data is obtained from anyone other than the person, name the sources or their categories (for example credit reference agencies, Companies House, your employer, social networks), and say whether any are publicly accessible.',
    sampleWording:
      'As well as the details you give us, Example Ltd receives information about you from credit reference agencies (Experian), from your previous landlord when we ask for a reference, and from public registers such as the electoral roll.',
    messages: {
      generic: 'The notice says personal data comes from {{what}} but does not name the sources or their categories.',
      implied:
        'The notice describes activities such as {{what}} that rely on data from other organisations, but never names where that data comes from.',
      'direct-only':
        'The notice describes collecting personal data only from the individual, so there are no other sources to name.',
      none: 'The notice does not say where the personal data it holds comes from.',
    },
  },
  run({ doc }) {
    const findings: SourceFinding[] = [];
    for (const sentence of doc.sentences) {
      const inSentence = findSourcesInSentence(sentence);
      findings.push(...inSentence);
      findings.push(...findSourcesInContext(listedUnderLeadIn(doc, sentence, inSentence), true));
    }
    const sourceSections = doc.sectionsTitled(SOURCE_HEADING);
    findings.push(...findSourcesInContext(sentencesWithin(doc, sourceSections)));
    findings.push(...findSourcesInContext(sentencesWithin(doc, sourceColumnCells(doc))));

    const named = findings.filter((f) => f.kind === 'named').map((f) => f.sentence);
    if (named.length > 0) return { status: 'met', evidence: unique(named).slice(0, 3) };

    const generic = findings.filter((f) => f.kind === 'generic').map((f) => f.sentence);
    if (generic.length > 0) {
      const what = GENERIC_SOURCE.exec(generic[0]?.text ?? '')?.[0] ?? 'other sources';
      return {
        status: 'partial',
        evidence: unique(generic).slice(0, 3),
        messageId: 'generic',
        data: { what: `"${what.toLowerCase()}"` },
      };
    }

    const implied = doc.sentences.filter((s) => {
      const hit = IMPLIED_INDIRECT.exec(s.text);
      return hit !== null && !isNegatedBefore(s, s.start + hit.index, 40);
    });
    if (implied.length > 0) {
      const what = IMPLIED_INDIRECT.exec(implied[0]?.text ?? '')?.[0] ?? 'credit checks';
      return { status: 'partial', evidence: implied.slice(0, 3), messageId: 'implied', data: { what } };
    }

    const direct = unique([
      ...findings.filter((f) => f.kind === 'direct').map((f) => f.sentence),
      ...doc.sentences.filter((s) => DIRECT_COLLECTION.test(s.text)),
    ]);
    if (direct.length > 0) return { status: 'not-applicable', evidence: direct.slice(0, 3), messageId: 'direct-only' };
    return { status: 'missing', messageId: 'none' };
  },
});

function unique(sentences: readonly Sentence[]): Sentence[] {
  return [...new Set(sentences)].sort((a, b) => a.start - b.start);
}
