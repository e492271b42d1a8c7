import { defineCheck } from '../engine/check';
import type { PolicyDocument, Sentence } from '../engine/document';
import { isNonArticle6Consent } from '../engine/lexicons/lawful-bases';
import { findAll, isNegatedBefore } from '../engine/text';
import type { Span } from '../engine/types';

// "You may withdraw your consent at any time", "withdrawal of consent", "you can revoke this consent",
// "Right to withdraw consent" (a heading), "The right to object or to withdraw consent".
// Only small words may sit between: "withdraw membership ... consent" is not a withdrawal of consent.
const WITHDRAW_THEN_CONSENT =
  /\b(?:withdraw(?:s|n|ing|al)?|revok(?:e|es|ed|ing)|revocation|retract(?:s|ed|ing)?|tak(?:e|ing) back)(?:,? (?:of|your|any|the|this|that|such|their|previously|given|granted|at|time|to|or|and|object|you|have|may|can)){0,6},? consent/i;
// "Where we rely on your consent, you can withdraw it at any time", "if you consent, you can change your mind".
const CONSENT_THEN_WITHDRAW =
  /\bconsent(?:s|ed|ing)?\b[^.;]{0,100}?\b(?:withdraw(?:s|n|ing|al)?|revok(?:e|es|ed|ing)|revocation|retract(?:s|ed|ing)?|change (?:your|their) minds?)\b/i;

// Withdrawal in everyday words, which count only beside a consent or permission: "you can change your mind at any
// time", "you can take back your permission", "withdraw permission in your phone's settings", "just tell us you no
// longer agree", "let me know if you no longer want me to show your photos".
const EVERYDAY_WITHDRAWAL =
  /\bchang(?:e|es|ing) (?:your|their) minds?\b|\b(?:tak(?:e|es|ing)|took) back (?:(?:your|their|this|that|the|any) )?(?:permission|agreement|approval|ok|okay|yes)\b|\b(?:withdraw(?:s|n|ing|al)?|revok(?:e|es|ed|ing)|revocation|cancel(?:s|led|ling)?|retract(?:s|ed|ing)?)(?: of)? (?:(?:your|their|this|that|the|any|such) )?permissions?\b|\b(?:tell|telling|let) (?:me|us)(?: know)?(?: that| if)? you (?:no longer |(?:do not|don['’]t) )(?:agree|consent|give|want (?:me|us) to)\b/i;
// The consent or permission such words take back, in the sentence or the one before it: "if you say yes on the
// booking form", "with your permission", "if you agree to us featuring your garden", "you opted in".
// Not agreeing to terms and conditions, which is a contract.
const CONSENT_CONTEXT =
  /\bconsent|\bpermission|\bagree(?:s|d|ing)?\b(?! to (?:our|the|these|those|its|my) (?:terms|conditions|contract|t&cs))|\bsa(?:y|ys|id) yes\b|\bopt(?:s|ed)?[- ]in\b|\bapprov(?:e|al)\b|\bhappy for (?:me|us) to\b/i;

// Marketing opt-outs, which checks.md scores partial: "unsubscribe", "opt out of marketing",
// "object to direct marketing", "stop receiving our emails", "update your marketing preferences".
const MARKETING_OPT_OUT =
  /\bun-?subscrib\w*|\bopt(?:ing)?[- ]?out\b|\b(?:stop|cease) (?:receiving|sending|us sending|contacting)\b|\bobject\w* to (?:\w+ ){0,3}?(?:direct )?marketing\b|\b(?:marketing|contact|communications?|email|mailing) preferences\b/i;

// Consent relied on in words the lawful-bases lexicon does not read as a basis: "with your consent",
// "we will ask for your consent", "where you have opted in", "marketing you have agreed to receive",
// "in accordance with any consent or permission you provide". Cookie consent is PECR's, not Art 6's, and
// the common law's implied consent or a quoted phrase ('what people call "with your consent"') is no reliance.
const CONSENT_RELIANCE =
  /\b(?:with|given|give|gave|giving|provided?|obtain(?:ed)?|ask(?:ing)? for|request(?:ing)?|seek(?:ing)?|rel(?:y|ies|ying) (?:up)?on|based (?:up)?on|on the basis of)\s+(?:your |their |prior |explicit |express |specific |separate |any )*consent\b|\bwhere you have (?:consented|opted[- ]in|agreed|given (?:us )?(?:your )?(?:consent|permission))\b|\b(?:agreed?|consented|opted[- ]in) to (?:receive|receiving|be contacted|hear)\b|\bconsent or permission\b|\bif you (?:consent|opt[- ]in)\b/i;
// An explicit denial that consent is the basis: "We don't rely on your consent to hold membership details",
// "we do not need your consent to keep these records", "we never rely on consent for this".
// "We don't rely on your consent", "Consent is not the lawful basis we use", "None of it is based on consent".
const DENIES_CONSENT_RELIANCE =
  /(?:\b(?:not|never)|n['’]t)\s+(?:\w+\s+){0,3}?(?:(?:rel(?:y|ies|ying)|depend(?:s|ing)?|based|reliant) (?:up)?on|need|require|on the basis of)\s+(?:your |their |any |the |a )?consent\b|\bconsent (?:is|will be) not (?:the|a|our|one of our) (?:lawful |legal )?(?:basis|ground)|\bnone of (?:our|the|this|it)\b[^.]{0,40}\bbased on (?:your )?consent\b/i;
const COOKIE = /\bcookies?\b/i;
const MARKETING = /\bmarketing\b|\bnewsletters?\b|\be-?mails?\b/i;

// "You cannot change your mind once...": one word, which isNegatedBefore does not read as a negation.
const CANNOT_BEFORE = /\bcannot (?:\w+ ){0,2}$/i;

function statesUnnegated(sentence: Sentence, pattern: RegExp): boolean {
  return (
    pattern.test(sentence.text) &&
    findAll(sentence.text, pattern, sentence.start).some(
      (hit) =>
        !isNegatedBefore(sentence, hit.start, 20) &&
        !CANNOT_BEFORE.test(
          sentence.text.slice(Math.max(0, hit.start - sentence.start - 30), hit.start - sentence.start),
        ),
    )
  );
}

/**
 * Sentences (or headings) stating that consent can be withdrawn, each with the sentence before it when that is
 * where the consent is ("I'll only post photos of you if you say yes. You can change your mind at any time.").
 */
function withdrawalStatements(doc: PolicyDocument): Span[][] {
  const out: Span[][] = [];
  for (const sentence of doc.sentences) {
    if (statesUnnegated(sentence, WITHDRAW_THEN_CONSENT) || statesUnnegated(sentence, CONSENT_THEN_WITHDRAW)) {
      out.push([sentence]);
    } else if (statesUnnegated(sentence, EVERYDAY_WITHDRAWAL) && !COOKIE.test(sentence.text)) {
      // Cookie permission is PECR's, not Art 6's: "change your mind about cookies in the banner".
      const previous = doc.sentences[sentence.index - 1];
      if (CONSENT_CONTEXT.test(sentence.text)) out.push([sentence]);
      else if (previous && CONSENT_CONTEXT.test(previous.text) && !COOKIE.test(previous.text))
        out.push([previous, sentence]);
    }
  }
  return out;
}

function reliesOnConsentInWords(doc: PolicyDocument): boolean {
  return doc.sentences.some(
    (s) =>
      CONSENT_RELIANCE.test(s.text) &&
      !COOKIE.test(s.text) &&
      findAll(s.text, CONSENT_RELIANCE, s.start).some(
        (hit) => !isNegatedBefore(s, hit.start, 30) && !isNonArticle6Consent(s, hit),
      ),
  );
}

export default defineCheck({
  meta: {
    id: 'withdraw-consent',
    title: 'Right to withdraw consent stated',
    failureTitle: 'Right to withdraw consent not stated',
    source: 'UK GDPR Art 13(2)(c), Art 7(3)',
    weight: 1,
    statuses: ['met', 'partial', 'missing', 'not-applicable'],
    advice:
      'Where you rely on consent, tell people they can withdraw it at any time, how to do so, and that withdrawing does not affect processing already carried out.',
    sampleWording:
      'Where we rely on your consent, you can withdraw it at any time by emailing privacy@example.co.uk or using the link in any of our emails. This will not affect any processing we carried out before you withdrew it.',
    messages: {
      'opt-out-only':
        'The notice relies on consent but only explains how to unsubscribe from or opt out of marketing, not the right to withdraw consent at any time.',
      none: 'The notice relies on consent, or names no lawful basis, but does not say that consent can be withdrawn.',
      'not-relied': 'The notice does not rely on consent, so no right to withdraw it is owed.',
    },
  },
  run({ doc, facts }) {
    // A statement of the right is met even where no basis names consent: it shows consent is used.
    const statements = withdrawalStatements(doc);
    if (statements.length > 0) return { status: 'met', evidence: statements.slice(0, 3).flat() };
    // A notice that names its bases can show consent is not among them; one naming none shows it only by denying
    // consent outright ("We don't rely on your consent to hold membership details"). Otherwise it stays owed, as the
    // rights check expects portability when no basis is named.
    const namesBases = facts.reliedBases().length > 0;
    const deniesConsent = () => doc.sentences.some((s) => DENIES_CONSENT_RELIANCE.test(s.text) && !COOKIE.test(s.text));
    if ((namesBases || deniesConsent()) && !facts.reliesOn('consent') && !reliesOnConsentInWords(doc)) {
      return { status: 'not-applicable', messageId: 'not-relied' };
    }
    // "Opt out of analytics cookies" is about cookies, not marketing consent.
    const optOuts = doc.sentences.filter(
      (s) => MARKETING_OPT_OUT.test(s.text) && (!COOKIE.test(s.text) || MARKETING.test(s.text)),
    );
    if (optOuts.length > 0) return { status: 'partial', evidence: optOuts.slice(0, 3), messageId: 'opt-out-only' };
    return { status: 'missing', messageId: 'none' };
  },
});
