// checks.md `controller-identity` (Art 13(1)(a)): met when the organisation
// responsible is named AND a concrete channel (postal address, email, phone,
// named contact form/page) is given; partial when only one of the two is there,
// or the only "channel" points elsewhere ("the address on our website").
import { defineCheck } from '../engine/check';
import type { Block, PolicyDocument, Sentence } from '../engine/document';
import { type ContactChannel, findDocumentChannels, VAGUE_CONTACT } from '../engine/lexicons/contact';
import { findAll } from '../engine/text';
import type { Span } from '../engine/types';

// A proper name of up to six words: "Harbour Lane Books", "St Mary's", "InfiSIM".
const NAME = "[A-Z0-9][\\w&'’.-]*(?: (?:&|and|of|for|the|[A-Z0-9][\\w&'’.-]*)){0,5}";

// Sentences that say who "we" are. Each names the organisation on its own.
const SELF_NAMING: RegExp[] = [
  // "Harbour Lane Books Ltd ("we", "us")", "...herein referred to as "we""
  /\((?:[^()]{0,40}\b)?["“‘']?(?:we|us|our)["”’']?\s*[,)/]|\breferred to (?:below )?as ["“‘']?(?:we|us|our)\b/,
  // "“we”, “our” or “us” means InfiSIM Limited"
  /["“‘](?:we|us|our)["”’](?:,? (?:and |or )?["“‘](?:we|us|our)["”’])*,? (?:means?|refers? to|is|are)\s+(?:the )?[A-Z]/,
  // "The data controller is Harbour Lane Books", "the controller for the personal data we hold is..."
  /\b(?:data )?controller (?:is|will be|for [^.]{0,60}? is)\s+(?:the )?[A-Z]/,
  // "Registered in England and Wales, company number 01234567", "Registered charity no. 1234567"
  /\bregistered (?:in (?:England|Scotland|Wales|Northern Ireland)|office|charity|company|with Companies House)\b|\b(?:company|charity|registration) (?:registration )?(?:number|no\.?)\b|\bincorporated (?:in|under)\b|\btrading as\b|\bt\/a\b/i,
  // Unincorporated businesses: "Kendal Smiles is the trading name of a partnership between Dr A and Dr B",
  // "Jo Bright is a sole trader", "Bright Builders is a partnership", "we trade under the name Bright Builders".
  /\btrading names? (?:of|for|used by)\b|\btrades? (?:as|under the name)\b|\btrading under the name\b|\b(?:is|are) (?:a |an )?(?:general |limited |family )?partnership\b|\ba partnership (?:between|of|formed by)\b|\bsole (?:trader|proprietor(?:ship)?)\b/i,
  // "This website is operated by Harbour Lane Books"
  new RegExp(
    `\\b(?:[Tt]his|[Tt]he|[Oo]ur) (?:website|site|app|service|platform) is (?:owned|operated|run|provided|published) by (?:the )?${NAME}`,
  ),
];

// Sentences naming a subject that can only be the notice's author; the name must not be a pronoun.
// Each pattern has a cheap keyword test first, since NAME scans every capital letter.
const NAMED_SUBJECT: { cue: RegExp; pattern: RegExp }[] = [
  // "We are Harbour Lane Books."
  { cue: /\bwe(?: are|['’]re) [A-Z0-9]/i, pattern: new RegExp(`\\b[Ww]e(?: are|['’]re) (?<name>${NAME})`) },
  // "Harbour Lane Books is the data controller", "Imagen is the controller under..."
  {
    cue: /\bcontrollers?\b/i,
    pattern: new RegExp(
      `(?<name>${NAME}),? (?:is|are|acts as|will be|remains) (?:[Tt]he |[Aa] |[Jj]oint )*["“‘']?(?:[Dd]ata )?[Cc]ontrollers?\\b`,
    ),
  },
  // "At Harbour Lane Books, we take your privacy seriously"
  { cue: /\bAt [A-Z0-9]/, pattern: new RegExp(`\\bAt (?<name>${NAME}),? (?:we|our)\\b`) },
  // "Harbour Lane Books is committed to protecting your privacy"
  {
    cue: /\bcommitted to\b/,
    pattern: new RegExp(`(?<name>${NAME}) (?:is|are) committed to (?:protecting|respecting|safeguarding|ensuring)`),
  },
  // "This notice explains how Harbour Lane Books collects and uses your data"
  {
    cue: /\bhow [A-Z0-9]/,
    pattern: new RegExp(
      `\\bhow (?<name>${NAME}) (?:collects|uses|processes|handles|looks after|protects|stores|shares)\\b`,
    ),
  },
  // "Harbour Lane Books respects your privacy"
  {
    cue: /\b(?:respects|values) your privacy\b/,
    pattern: new RegExp(`(?<name>${NAME}) (?:respects|values) your privacy`),
  },
  // A sole trader writing in the first person names the controller, themself or their business:
  // "I'm Jo Bright and I run Bright Builders", "I am Ana Lopes, a freelance translator", "My name is Sam Reed".
  // Not a role: "I am Head of Operations", "I'm Data Protection Lead".
  {
    cue: /\bI(?: am|['’]m) [A-Z0-9]|\b[Mm]y name is [A-Z0-9]/,
    pattern: new RegExp(
      `(?:\\bI(?: am|['’]m)|\\b[Mm]y name is) (?!(?:Head|Director|Manager|Chair|Secretary|Treasurer|Clerk|Principal|Headteacher|Officer|Lead|Founder|Partner|Owner|Responsible|Happy|Sorry)\\b)(?<name>${NAME})`,
    ),
  },
  // "I run Bright Builders from my home in Leeds", "I own and manage Pebble Pottery".
  {
    cue: /\bI (?:run|own|operate|manage)\b/,
    pattern: new RegExp(`\\bI (?:(?:run|own|operate|manage) (?:and|&) )?(?:run|own|operate|manage) (?<name>${NAME})`),
  },
  // "Bright Builders is run by me, Jo Bright", "Pebble Pottery is owned and run by me".
  {
    cue: /\bby me\b/,
    pattern: new RegExp(
      `(?<name>${NAME}) (?:is|are) (?:(?:owned|run|operated|managed) (?:and|&) )?(?:owned|run|operated|managed) by me\\b`,
    ),
  },
];

const NOT_A_NAME =
  /^(?:we|you|it|this|that|they|these|those|our|your|the|a|an|if|where|when|as|in|not|each|any|all|data|personal|information|privacy|policy|notice|gdpr|uk|eu|eea|ico|here|also|always|legally|required|registered)$/i;

// "Harbour Lane Books Ltd", "MASS plc", "Acme Widgets LLP", "Riverside Arts CIC"
const LEGAL_ENTITY = new RegExp(
  `\\b${NAME},? (?:Ltd\\b\\.?|Limited\\b|LLP\\b|PLC\\b|[Pp]lc\\b|CIC\\b|CIO\\b|Community Interest Company\\b|Inc\\b\\.?|LLC\\b|GmbH\\b|Unlimited\\b)`,
);
const ENTITY_CUE = /\b(?:Ltd|Limited|LLP|PLC|[Pp]lc|CIC|CIO|Community Interest Company|Inc|LLC|GmbH|Unlimited)\b/;
// "Northshire County Council", "St Anne's Hospice", "University of Wessex", "Riverside NHS Foundation Trust"
const PUBLIC_BODY = new RegExp(
  `\\b${NAME} (?:Council|NHS Trust|NHS Foundation Trust|Foundation Trust|Trust|University|College|School|Academy|Charity|Hospice|Surgery|Medical (?:Practice|Centre)|Health Board|Integrated Care Board|Housing Association|Society|Association|Federation|Institute|Museum|Church|Diocese)\\b(?! (?:Road|Street|Lane|Way|Avenue|Close|Hill|Square|Walk|Row|Place|Gardens|Court|Drive|Terrace|Green|Park|Campus)\\b)|\\bUniversity of [A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,3}`,
);
const BODY_CUE =
  /\b(?:Council|Trust|University|College|School|Academy|Charity|Hospice|Surgery|Medical|Health Board|Care Board|Housing Association|Society|Association|Federation|Institute|Museum|Church|Diocese)\b/;
// A sentence or section about other organisations: "We share data with Stripe Payments Ltd",
// "Google Analytics, a service provided by Google LLC, places cookies", "We use Stripe Ltd to take payments".
const THIRD_PARTY_CONTEXT =
  /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing|ure)|pass(?:ed)? (?:on|to)|recipients?|receive|processors?|suppliers?|service providers?|partners?|third[- ]part(?:y|ies)|such as|for example|e\.g\.|other organisations|transfer\w*|(?:provided|powered|hosted|operated) by|we (?:use|work with|engage|rely on)|cookies?|analytics|plug-?ins?|social media)\b/i;
// A section about other organisations, by its heading: "Sharing your information", "Who we work with",
// "Third-party services", "Cookies". Not "How we use your information": a heading's "we use" is about purposes.
const THIRD_PARTY_HEADING =
  /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing|ure)|pass(?:ed)? (?:on|to)|recipients?|receiv(?:e|es|ing)|processors?|suppliers?|service providers?|partners?|third[- ]part(?:y|ies)|other organisations|transfer\w*|we (?:work with|engage)|cookies?|analytics|plug-?ins?|social media)\b/i;
// A defined short name for the notice's author: 'Kestrel Vale Academy Trust ("the Trust")', 'Harbour Lane Books
// Limited (the "Company")'. Only "the X" aliases: a bare brand alias ('Google LLC ("Google")') is how notices
// define other organisations.
const ALIAS_DEFINITION = new RegExp(
  `(?<name>${NAME}) \\((?:(?:hereinafter|hereafter) )?(?:(?:referred to as|called|known as) )?(?:the ["“‘']?|["“‘'][Tt]he )(?<alias>[A-Z][\\w&'’-]*(?: [A-Z][\\w&'’-]*){0,2})["”’']?[,;)]`,
);
// "The Trust is the data controller", "The Company acts as controller": a defined short name as controller.
const ALIAS_AS_CONTROLLER =
  /\b[Tt]he (?<alias>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2}),? (?:is|are|acts as|will be|remains) (?:[Tt]he |[Aa] |[Jj]oint )*["“‘']?(?:[Dd]ata )?[Cc]ontrollers?\b/;
// "... so in data protection terms it is the "controller"", "We are the data controller": the subject is whoever
// the sentence before names ("Kendal Smiles is run by two partners.").
const PRONOUN_AS_CONTROLLER =
  /\b(?:it|we|they|the (?:partnership|practice|firm|business|company|club|charity|school|surgery|organisation|society|trust))(?: is|['’]s| are|['’]re| acts as| will be) (?:the |a |joint )*["“‘']?(?:data )?controllers?\b/i;

// A heading or title naming the organisation: "Harbour Lane Books Privacy Notice", "Privacy policy of Acme".
const TITLE_NAMING = new RegExp(
  `^(?<name>${NAME})['’]?s? (?:[Pp]rivacy|PRIVACY|[Dd]ata [Pp]rotection|DATA PROTECTION|GDPR)(?: (?:and|AND|&) [Cc]ookies?| (?:and|AND|&) COOKIES?)? (?:[Pp]olicy|[Nn]otice|[Ss]tatement|POLICY|NOTICE|STATEMENT)\\b|\\b(?:[Pp]rivacy|PRIVACY|[Dd]ata [Pp]rotection) (?:[Pp]olicy|[Nn]otice|[Ss]tatement|POLICY|NOTICE) (?:for|of|FOR|OF) (?<name2>${NAME})`,
);
// Titles name audiences and kinds of notice too: "Website Privacy Policy", "Privacy Notice for Parents".
const GENERIC_TITLE_WORD =
  /^(?:website|web|site|online|customer|client|our|your|the|this|general|full|candidate|employee|staff|applicant|job|supplier|recruitment|patient|pupil|student|parent|member|visitor|user|child|children|volunteer|donor|supporter|contractor|cookie|data|app|mobile|global|uk|eu|gdpr|combined|standard|external|internal|public|privacy|short|summary|main|group|corporate)s?$/i;

// A regulator's own address or helpline is not the controller's channel.
const REGULATOR_CONTEXT =
  /\bico\b|ico\.org\.uk|information commissioner|supervisory authority|citizens advice|ombudsman|action fraud/i;
// A bare web address is a channel only when it is a contact or request page.
const CONTACT_PATH = /contact|request|enquir|inquir|form|support|help|dsar|subject-access/i;

interface Naming {
  sentence: Sentence;
  /** Where the sentence names the organisation by a short name ("the Trust"), the sentence defining it. */
  definition?: Sentence;
  /** 3: says who "we" are; 2: a legal entity or public body outside talk of others; 1: a title naming it. */
  rank: 1 | 2 | 3;
}

// Capitalised words that are not names: "ICO Registration number Ref ZA726435" names no one.
const GENERIC_CAPITALISED =
  /^(?:registration|registered|ref|reference|number|no|expiry|company|companies|house|office|england|wales|scotland|northern|ireland|uk|united|kingdom|data|protection|act|regulation|general|privacy|policy|notice|controller|processor|information|commissioner|ico|gdpr|eea|eu|european|please|email|e-mail|telephone|tel|phone|address|contact|details|website|site|charity|vat|i|ii|iii|iv)$/i;

function isProperName(name: string | undefined): boolean {
  const first = name?.split(' ')[0]?.replace(/['’]s$/, '') ?? '';
  return first.length > 1 && !NOT_A_NAME.test(first) && !GENERIC_TITLE_WORD.test(first);
}

// Outside its first word, the sentence holds a capitalised word: the name beside "("we")".
function hasProperNoun(sentence: Sentence): boolean {
  return sentence.text
    .split(/\s+/)
    .slice(1)
    .map((w) => w.replace(/^["“‘(]+|[,.;:)"”’]+$/g, '').replace(/['’]s$/, ''))
    .some((w) => /^[A-Z][\w&'’.-]+$/.test(w) && isProperName(w) && !GENERIC_CAPITALISED.test(w));
}

// One pass over the whole text picks the sentences worth testing: every naming pattern needs one of these words.
const NAMING_CUE =
  /\b(?:we(?: are|['’]re)|I(?: am|['’]m)|I (?:run|own|operate|manage)|my name is|by me|controllers?|committed to|how|your privacy|registered|registration|incorporated|trading as|trading names?|trades?|trading under|partnership|sole (?:trader|proprietor)|t\/a|referred to|means?|refers? to|operated|owned|run|provided|published|Ltd|Limited|LLP|PLC|Plc|CIC|CIO|Community Interest Company|Inc|LLC|GmbH|Unlimited|Council|Trust|University|College|School|Academy|Charity|Hospice|Surgery|Medical|Health Board|Care Board|Housing Association|Society|Association|Federation|Institute|Museum|Church|Diocese)\b|\bAt [A-Z0-9]|\((?:[^()]{0,40}\b)?["“‘']?(?:we|us|our)\b/gi;

/**
 * The notice's own title heading: the first heading, above every later one, so that its section spans the whole
 * notice ("Privacy and cookies policy", "How we use pupil information"). A lone heading is a section heading.
 */
function isDocumentTitle(doc: PolicyDocument, heading: Block): boolean {
  const [first, ...rest] = doc.headings;
  return heading === first && rest.length > 0 && rest.every((h) => h.level > heading.level);
}

/** Short names the notice defines for a proper name, alias -> the sentence defining it. */
function findAliases(doc: PolicyDocument): Map<string, Sentence> {
  const aliases = new Map<string, Sentence>();
  for (const sentence of doc.sentences) {
    if (!sentence.text.includes('(')) continue;
    const groups = ALIAS_DEFINITION.exec(sentence.text)?.groups;
    if (!groups?.alias || !isProperName(groups.name) || NOT_A_NAME.test(groups.alias)) continue;
    if (!aliases.has(groups.alias.toLowerCase())) aliases.set(groups.alias.toLowerCase(), sentence);
  }
  return aliases;
}

function findNamings(doc: PolicyDocument): Naming[] {
  const out: Naming[] = [];
  // A title heading spans the whole notice, so its words say nothing about any one part of it.
  const thirdPartySections = doc.sections.filter(
    (s) =>
      s.heading !== null && s.title !== null && THIRD_PARTY_HEADING.test(s.title) && !isDocumentTitle(doc, s.heading),
  );
  const inThirdPartySection = (s: Sentence) => thirdPartySections.some((r) => s.start >= r.start && s.end <= r.end);
  const candidates = new Set<Sentence>(
    doc.headings.length > 0 ? doc.sentences.filter((s) => s.block.kind === 'heading') : [],
  );
  for (const cue of findAll(doc.text, NAMING_CUE)) {
    const sentence = doc.sentenceAt(cue.start);
    if (sentence) candidates.add(sentence);
  }
  const aliases = findAliases(doc);
  for (const sentence of [...candidates].sort((a, b) => a.start - b.start)) {
    const { text } = sentence;
    // 'Kestrel Vale Academy Trust ("the Trust") ... The Trust is the data controller.'
    const alias = aliases.size > 0 ? ALIAS_AS_CONTROLLER.exec(text)?.groups?.alias : undefined;
    const definition = alias ? aliases.get(alias.toLowerCase()) : undefined;
    const aboutOthers = (s: Sentence) => inThirdPartySection(s) || THIRD_PARTY_CONTEXT.test(s.text);
    if (definition && !aboutOthers(definition) && !inThirdPartySection(sentence)) {
      out.push({ sentence, definition, rank: 3 });
      continue;
    }
    // "registered with the ICO under Z1234567" is the controller's ICO entry, not its name.
    if (SELF_NAMING.some((p) => p.test(text)) && hasProperNoun(sentence) && !REGULATOR_CONTEXT.test(text)) {
      out.push({ sentence, rank: 3 });
      continue;
    }
    if (NAMED_SUBJECT.some(({ cue, pattern }) => cue.test(text) && isProperName(pattern.exec(text)?.groups?.name))) {
      out.push({ sentence, rank: 3 });
      continue;
    }
    const previous = doc.sentences[sentence.index - 1];
    if (
      previous &&
      PRONOUN_AS_CONTROLLER.test(text) &&
      hasProperNoun(previous) &&
      !aboutOthers(previous) &&
      !inThirdPartySection(sentence) &&
      !REGULATOR_CONTEXT.test(previous.text)
    ) {
      out.push({ sentence, definition: previous, rank: 3 });
      continue;
    }
    const namesBody =
      (ENTITY_CUE.test(text) && LEGAL_ENTITY.test(text)) || (BODY_CUE.test(text) && PUBLIC_BODY.test(text));
    if (namesBody && !THIRD_PARTY_CONTEXT.test(text) && !inThirdPartySection(sentence)) {
      out.push({ sentence, rank: 2 });
      continue;
    }
    if (sentence.block.kind === 'heading') {
      const groups = TITLE_NAMING.exec(text)?.groups;
      if (isProperName(groups?.name ?? groups?.name2)) out.push({ sentence, rank: 1 });
    }
  }
  return out;
}

// "complain to the ICO on 0303 123 1113"; "They can be contacted on 0303 123 1113" after a sentence naming the ICO.
function isRegulatorChannel(doc: PolicyDocument, channel: ContactChannel): boolean {
  const sentence = doc.sentenceAt(channel.start);
  const from = Math.max(sentence?.start ?? 0, channel.start - 60);
  if (REGULATOR_CONTEXT.test(doc.text.slice(from, channel.end))) return true;
  const previous = sentence ? doc.sentences[sentence.index - 1] : undefined;
  return Boolean(
    sentence && previous && /\b(?:they|their|them|its)\b/i.test(sentence.text) && REGULATOR_CONTEXT.test(previous.text),
  );
}

function findControllerChannels(doc: PolicyDocument): ContactChannel[] {
  return findDocumentChannels(doc).filter((channel) => {
    if (isRegulatorChannel(doc, channel)) return false;
    if (channel.kind === 'web-address') return CONTACT_PATH.test(channel.text);
    // "the web page", "our privacy page": a page, not a way to reach anyone.
    if (channel.kind === 'contact-form') return !/^(?:web|online|privacy) page$/i.test(channel.text);
    return true;
  });
}

function quoteOf(doc: PolicyDocument, span: Span): Span {
  return doc.sentenceAt(span.start) ?? span;
}

export default defineCheck({
  meta: {
    id: 'controller-identity',
    title: 'Organisation and contact details given',
    failureTitle: 'Organisation or its contact details not given',
    source: 'UK GDPR Art 13(1)(a), Art 14(1)(a)',
    weight: 3,
    statuses: ['met', 'partial', 'missing'],
    advice:
      'Name the organisation responsible for the data (its legal name, and trading name if different) and give at least one direct way to reach it in the notice itself: a postal address, an email address, a phone number or a named contact form.',
    sampleWording:
      'Example Ltd ("we", "us") is the controller of your personal data. Registered in England and Wales, company number 01234567. Contact us at privacy@example.co.uk, by phone on 0161 496 0000, or by post at 12 Quay Street, Manchester M3 3HN.',
    messages: {
      'vague-channel':
        'The notice names the organisation but only points to contact details published elsewhere; it gives no postal address, email address, phone number or contact form.',
      'no-channel':
        'The notice names the organisation but gives no postal address, email address, phone number or contact form.',
      unnamed: 'The notice gives contact details but does not name the organisation responsible for the data.',
      none: 'The notice neither names the organisation responsible for the data nor gives a way to contact it.',
    },
  },
  run({ doc }) {
    const namings = findNamings(doc);
    const channels = findControllerChannels(doc);
    // An entity written beside a channel ("MASS plc, Innovation House, ... RG41 2RX") is the one to quote.
    const besideChannel = (n: Naming) => channels.some((c) => c.start >= n.sentence.start && c.end <= n.sentence.end);
    const naming =
      namings.find((n) => n.rank === 3) ??
      namings.find((n) => n.rank === 2 && besideChannel(n)) ??
      namings.find((n) => n.rank === 2) ??
      namings[0];
    const channelQuotes = [...new Set(channels.map((c) => quoteOf(doc, c)))].slice(0, 2);
    const namingQuotes = naming?.definition ? [naming.definition, naming.sentence] : naming ? [naming.sentence] : [];
    if (naming && channels.length > 0) return { status: 'met', evidence: [...namingQuotes, ...channelQuotes] };
    if (naming) {
      const vague = findAll(doc.text, VAGUE_CONTACT)[0];
      if (vague)
        return { status: 'partial', evidence: [...namingQuotes, quoteOf(doc, vague)], messageId: 'vague-channel' };
      return { status: 'partial', evidence: namingQuotes, messageId: 'no-channel' };
    }
    if (channels.length > 0) return { status: 'partial', evidence: channelQuotes, messageId: 'unnamed' };
    return { status: 'missing', messageId: 'none' };
  },
});
