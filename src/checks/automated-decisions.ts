import { defineCheck } from '../engine/check';
import type { PolicyDocument, Sentence } from '../engine/document';
import {
  AFFIRMED_PASSIVE,
  AFFIRMED_USE,
  ANALYSIS,
  ANSWER_NO,
  AUTOMATED_JUDGEMENT,
  AUTOMATED_SCORE,
  AUTOMATIC_ACTION,
  CONDITIONAL,
  DECISION_WORD,
  DEFINED_AFTER,
  DEFINITION,
  DENIER,
  DETAIL,
  HUMAN_ALWAYS,
  MACHINE,
  MACHINE_ALONE,
  MACHINE_ALONE_AGENT,
  MACHINE_DECIDES,
  MACHINE_USED_TO,
  NAMED,
  NEGATED_USE,
  NEGATION_JUST_BEFORE,
  NEGATION_WITHIN,
  NOBODY_BEFORE,
  NONE_STATEMENT,
  OBJECTION_JUST_BEFORE,
  PERSONAL_ASPECT,
  PREDICTION,
  PRODUCES,
  PROFILE_BUILT,
  RIGHT_NOT_TO,
  RIGHTS_CUE,
  SAFEGUARD,
  TOPIC_HEADING,
  TOPIC_STEMS,
  WE_DO_NOT,
} from '../engine/lexicons/automated-decisions';
import { isNegatedBefore } from '../engine/text';

/** What a sentence says: that it happens, that none does, or only names the topic (a right, a definition). */
type Stance = 'affirmed' | 'none' | 'mentioned';
type Topic = 'profiling' | 'automated decision-making';

/** One statement about automated decisions: its stance, its topic and where it sits in the sentence's text. */
interface Reading {
  stance: Stance;
  topic: Topic;
  start: number;
  end: number;
}

interface Hit {
  index: number;
  text: string;
}

/**
 * The law's own names ("automated decision-making", "profiling") are said of rights and definitions as often as of
 * practice, so they affirm only when the controller says it does it, and deny only when the controller says it does
 * not.
 */
function readNamed(text: string): Reading | null {
  const hit = NAMED.exec(text);
  if (!hit) return null;
  const at = hit.index;
  const before = text.slice(0, at);
  const topic: Topic = /profil|scor|screen|research|model/i.test(hit[0]) ? 'profiling' : 'automated decision-making';
  const reading = (stance: Stance): Reading => ({ stance, topic, start: at, end: at + hit[0].length });
  const negation = NEGATED_USE.exec(before);
  if (negation && DENIER.test(before.slice(0, negation.index + 1)) && !RIGHT_NOT_TO.test(before))
    return reading('none');
  // "None of our decisions about you are made automatically"
  if (NOBODY_BEFORE.test(before)) return reading('none');
  if (NONE_STATEMENT.test(text) && !RIGHT_NOT_TO.test(text)) return reading('none');
  if (WE_DO_NOT.test(text.slice(at)) && !RIGHTS_CUE.test(text)) return reading('none');
  if (DEFINED_AFTER.test(text.slice(at + hit[0].length))) return reading('mentioned');
  if (!CONDITIONAL.test(before) && (AFFIRMED_USE.test(before) || AFFIRMED_PASSIVE.test(text)))
    return reading('affirmed');
  return reading('mentioned');
}

/**
 * How far back a denial reaches. A description led by its verb ("are never rejected automatically") is denied right
 * before it; one found by a noun deep in the sentence ("We do not use any software to predict how likely...") by a
 * denial anywhere earlier in the clause.
 */
type Reach = 'verb' | 'clause';

/** An everyday description says it happens unless it is denied, made conditional, or is a right or a definition. */
function stanceOf(sentence: Sentence, hit: Hit, reach: Reach): Stance {
  const before = sentence.text.slice(0, hit.index);
  if (RIGHT_NOT_TO.test(before) || OBJECTION_JUST_BEFORE.test(before)) return 'mentioned';
  const denied =
    NEGATION_WITHIN.test(hit.text) ||
    NOBODY_BEFORE.test(before) ||
    (reach === 'verb' ? NEGATION_JUST_BEFORE.test(before) : isNegatedBefore(sentence, sentence.start + hit.index, 120));
  if (denied) return 'none';
  return CONDITIONAL.test(before) || DEFINITION.test(before) ? 'mentioned' : 'affirmed';
}

/** A description found in a sentence: where it is, and what it is about. */
interface Description {
  topic: Topic;
  reach: Reach;
  find: (text: string) => Hit | null;
  /** Whether the sentence says who does it; without that, a description only names the topic. */
  agent?: (before: string) => boolean;
}

const hitOf = (match: RegExpExecArray | null): Hit | null => match && { index: match.index, text: match[0] };
const matchOf = (pattern: RegExp) => (text: string) => hitOf(pattern.exec(text));
/** The earlier of two patterns that must both be present, e.g. an analysis and the personal aspect it evaluates. */
const bothOf =
  (first: RegExp, second: RegExp) =>
  (text: string): Hit | null => {
    const a = hitOf(first.exec(text));
    const b = a && hitOf(second.exec(text));
    if (!a || !b) return null;
    return a.index <= b.index ? a : b;
  };

const DESCRIPTIONS: readonly Description[] = [
  // "our system automatically compares your application", "we score prospects automatically"
  { topic: 'automated decision-making', reach: 'verb', find: matchOf(AUTOMATIC_ACTION) },
  // "a system that makes decisions about you on its own", "our software decides whether"
  { topic: 'automated decision-making', reach: 'clause', find: matchOf(MACHINE_DECIDES) },
  // "decisions about your claim are made by computer alone": said by someone, or else a definition or a right
  {
    topic: 'automated decision-making',
    reach: 'clause',
    find: (text) => (DECISION_WORD.test(text) ? hitOf(MACHINE_ALONE.exec(text)) : null),
    agent: (before) => MACHINE_ALONE_AGENT.test(before),
  },
  // "applies an automated score", "every order is given a risk score by an automated system"
  { topic: 'profiling', reach: 'clause', find: matchOf(AUTOMATED_SCORE) },
  // "a computer tool calculates a score showing how likely you are to need care"
  {
    topic: 'profiling',
    reach: 'clause',
    find: (text) => (MACHINE.test(text) && PRODUCES.test(text) ? hitOf(PREDICTION.exec(text)) : null),
  },
  // "analysed ... so that more can be understood about supporters' likely capacity to give"
  { topic: 'profiling', reach: 'clause', find: bothOf(ANALYSIS, PERSONAL_ASPECT) },
  // "we build a profile of your interests"
  { topic: 'profiling', reach: 'clause', find: matchOf(PROFILE_BUILT) },
  // the most general last: "we use an algorithm to set your premium", "we do not use software to sift applications"
  { topic: 'automated decision-making', reach: 'clause', find: matchOf(MACHINE_USED_TO) },
  // "our insurers use automated underwriting"
  { topic: 'automated decision-making', reach: 'clause', find: matchOf(AUTOMATED_JUDGEMENT) },
];

function readDescription(sentence: Sentence, description: Description): Reading | null {
  const hit = description.find(sentence.text);
  if (!hit) return null;
  let stance = stanceOf(sentence, hit, description.reach);
  if (stance === 'affirmed' && description.agent && !description.agent(sentence.text.slice(0, hit.index)))
    stance = 'mentioned';
  return { stance, topic: description.topic, start: hit.index, end: hit.index + hit.text.length };
}

/** A person always makes or takes part in the decisions: none is made by automated means alone. */
function readHumanAlways(sentence: Sentence): Reading | null {
  if (!DECISION_WORD.test(sentence.text)) return null;
  const hit = HUMAN_ALWAYS.exec(sentence.text);
  return hit
    ? { stance: 'none', topic: 'automated decision-making', start: hit.index, end: hit.index + hit[0].length }
    : null;
}

/** The first reading that affirms or denies (a person always deciding denies); else the first that names the topic. */
function readSentence(sentence: Sentence): Reading | null {
  if (!TOPIC_STEMS.test(sentence.text)) return null;
  let first: Reading | null = readNamed(sentence.text);
  if (first && first.stance !== 'mentioned') return first;
  for (const description of DESCRIPTIONS) {
    const reading = readDescription(sentence, description);
    if (reading && reading.stance !== 'mentioned') return reading;
    first ??= reading;
  }
  return readHumanAlways(sentence) ?? first;
}

// "Do we make decisions about you automatically?" asks; the answer that follows says.
const QUESTION = /\?\s*$/;

const MAX_TOPIC_SENTENCES = 12;

// A numbered clause, "7.1 Where you ask for a quote...": its parent number ("7") groups the clauses that follow.
const CLAUSE_NUMBER = /^\s*(\d{1,2})\.\d{1,2}\b/;
const clauseParent = (sentence: Sentence) => CLAUSE_NUMBER.exec(sentence.block.text)?.[1];

/**
 * The sentence and the next two in the same section, where a notice explains what it just said; in a section
 * about automated decisions or scoring, the rest of that section; in numbered clauses ("7.1", "7.2"...), the
 * clauses that follow under the same number.
 */
function explanationOf(doc: PolicyDocument, sentence: Sentence): Sentence[] {
  const onTopic = TOPIC_HEADING.test(doc.sectionTitleAt(sentence.start) ?? '');
  const parent = clauseParent(sentence);
  const out = [sentence];
  for (let i = sentence.index + 1; i <= sentence.index + MAX_TOPIC_SENTENCES; i++) {
    const next = doc.sentences[i];
    if (!next || next.block.kind === 'heading') break;
    const sameClauses = parent !== undefined && clauseParent(next) === parent;
    if (i > sentence.index + 2 && !onTopic && !sameClauses) break;
    out.push(next);
  }
  return out;
}

interface Finding {
  sentence: Sentence;
  reading: Reading;
  /** For a bare "No.", the question it answers. */
  question?: Sentence;
}

/** The sentences explaining a finding: its own words beyond the ones that name it count too. */
function explainers(doc: PolicyDocument, { sentence, reading }: Finding): Sentence[] {
  const rest =
    sentence.text.slice(0, reading.start) + ' '.repeat(reading.end - reading.start) + sentence.text.slice(reading.end);
  const explains = (s: Sentence) => {
    const text = s === sentence ? rest : s.text;
    return DETAIL.test(text) || HUMAN_ALWAYS.test(text);
  };
  return explanationOf(doc, sentence).filter(explains);
}

/** The sentence saying it happens and up to two explaining it, safeguards first, in reading order. */
function metEvidence(sentence: Sentence, explained: Sentence[]): Sentence[] {
  const ranked = [...explained.filter((s) => SAFEGUARD.test(s.text)), ...explained];
  return [...new Set([sentence, ...ranked])].slice(0, 3).sort((a, b) => a.start - b.start);
}

/** Every statement in the notice, a question's "No." answer counted as a denial. */
function findingsIn(doc: PolicyDocument): Finding[] {
  const out: Finding[] = [];
  let asked: Sentence | null = null;
  for (const sentence of doc.sentences) {
    const reading = readSentence(sentence);
    const asks = QUESTION.test(sentence.text);
    if (reading && (asks || sentence.block.kind === 'heading')) {
      // A question or a heading ("Automated scoring") names the topic and affirms nothing; a bare "No." right
      // after a question denies.
      if (asks) asked = sentence;
      out.push({ sentence, reading: reading.stance === 'affirmed' ? { ...reading, stance: 'mentioned' } : reading });
    } else if (reading) {
      out.push({ sentence, reading });
    } else if (asked?.index === sentence.index - 1 && ANSWER_NO.test(sentence.text)) {
      const answer: Reading = { stance: 'none', topic: 'automated decision-making', start: 0, end: 0 };
      out.push({ sentence, reading: answer, question: asked });
    }
  }
  return out;
}

export default defineCheck({
  meta: {
    id: 'automated-decisions',
    title: 'Automated decision-making addressed',
    failureTitle: 'Automated decision-making not addressed',
    source: 'UK GDPR Art 13(2)(f), Arts 22A-22D',
    weight: 1,
    statuses: ['met', 'partial', 'missing'],
    advice:
      'Say whether decisions about people are made solely by automated means (including profiling); if they are, explain the logic involved, the likely effects, and the safeguards (the right to make representations, obtain human review and contest the decision). If none are, say so.',
    sampleWording:
      'Example Ltd uses an automated system to assess loan applications, based on your income, existing debts and credit score; it may decline an application. You can ask for the decision to be reviewed by a member of our underwriting team, give us your point of view and contest the decision. We make no other decisions about you by automated means alone.',
    messages: {
      'no-detail':
        'The notice says {{what}} is or may be used but does not explain the logic, the effect on the person or the safeguards.',
      'not-stated':
        'The notice mentions automated decision-making or profiling (for example among the rights) but does not say whether any takes place.',
      none: 'The notice does not say whether any automated decision-making or profiling takes place.',
    },
  },
  run({ doc }) {
    const findings = findingsIn(doc);
    const withStance = (stance: Stance) => findings.filter((f) => f.reading.stance === stance);
    const affirmed = withStance('affirmed');
    for (const finding of affirmed) {
      const explained = explainers(doc, finding);
      if (explained.length > 0) return { status: 'met', evidence: metEvidence(finding.sentence, explained) };
    }
    if (affirmed.length > 0) {
      // Said to happen with nothing about how or with what effect, even beside a denial of other decisions.
      const what = affirmed[0]?.reading.topic ?? 'automated decision-making';
      const evidence = affirmed.slice(0, 3).map((f) => f.sentence);
      return { status: 'partial', evidence, messageId: 'no-detail', data: { what } };
    }
    const none = withStance('none');
    if (none.length > 0) {
      const evidence = none.flatMap((f) => (f.question ? [f.question, f.sentence] : [f.sentence])).slice(0, 2);
      return { status: 'met', evidence };
    }
    const mentioned = withStance('mentioned');
    if (mentioned.length > 0)
      return { status: 'partial', evidence: mentioned.slice(0, 3).map((f) => f.sentence), messageId: 'not-stated' };
    return { status: 'missing', messageId: 'none' };
  },
});
