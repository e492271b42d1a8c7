// Fires when the notice rests on superseded law: the Data Protection Act 1998, the
// 1995 Data Protection Directive, the GDPR described as still to come ("once the
// GDPR is effective from 25 May 2018"), or the EU GDPR as the only framework with
// no UK GDPR / Data Protection Act 2018 (for notices not dated before 2021).
import type { PolicyDocument } from '../engine/document';
import { findAll } from '../engine/text';
import type { Span } from '../engine/types';
import { defineWarning } from '../engine/warning';

interface OutdatedFinding {
  label: string;
  evidence: Span[];
}

// "Under the Data Protection Act 1998 you have the following rights", "the DPA 1998".
const DPA_1998 = /\bData Protection Act,? (?:of )?1998\b|\bDPA,? ?(?:19)?98\b/i;
// "the GDPR and the DPA 2018 replaced the Data Protection Act 1998": history, not reliance.
const SUPERSEDED_CONTEXT =
  /\breplac(?:ed|es|ing)\b|\bsupersed(?:ed|es|ing)\b|\brepeal(?:ed|s)?\b|\bsucceed(?:ed|s)\b|\bpredecessor\b|\bprevious(?:ly)?\b|\bformer(?:ly)?\b|\bno longer\b|\bprior to\b|\buntil 25(?:th)? May 2018\b|\bbefore 25(?:th)? May 2018\b/i;

// "the EU Data Protection Directive 95/46/EC"
const DIRECTIVE = /\b(?:Data Protection )?Directive 95\/46(?:\/EC)?\b|\bEU Data Protection Directive\b/i;

// "Once the GDPR is effective from 25 May 2018", "when the General Data Protection Regulation comes into force",
// "the GDPR will apply from 25 May 2018", "the forthcoming GDPR".
const GDPR_AS_FUTURE =
  /\b(?:once|when|after|until) (?:the )?(?:new )?(?:EU )?(?:GDPR|General Data Protection Regulation)\b[^.]{0,40}?\b(?:is effective|becomes? effective|comes? into (?:force|effect)|takes? effect|applies|is in force|is enforced|is implemented|goes live)\b|\b(?:GDPR|General Data Protection Regulation)\b[^.]{0,60}?\b(?:will|shall|is due to|is set to) (?:come into (?:force|effect)|take effect|apply|replace|be(?:come)? (?:effective|enforceable|in force))\b|\b(?:upcoming|forthcoming|incoming) (?:EU )?(?:GDPR|General Data Protection Regulation)\b/i;
// "From 25 May 2018 you will have the right to..."
const MAY_2018 =
  /\b(?:from|on|after|as of|with effect from|starting|beginning) (?:the )?25(?:th)? (?:of )?May,? 2018\b/i;
const FUTURE_TENSE = /\bwill\b|\bshall\b|\bonce\b|\b(?:upcoming|forthcoming)\b/i;
const PAST_TENSE = /\bsince\b|\bcame into\b|\btook effect\b|\bhas (?:applied|been)\b|\bhave applied\b/i;

// "under the General Data Protection Regulation (GDPR)", "Regulation (EU) 2016/679"
const GDPR = /\bGDPR\b|\bGeneral Data Protection Regulation\b|\bRegulation \(EU\) 2016\/679\b/i;
// "the UK GDPR", "the GDPR as it forms part of UK law", "the GDPR (as retained in UK law)",
// "the Data Protection Act 2018", "DUAA 2025"
const UK_FRAMEWORK =
  /\bUK[- ]GDPR\b|\bUK General Data Protection Regulation\b|\b(?:GDPR|General Data Protection Regulation)\b[^.]{0,40}\b(?:UK|United Kingdom|England)\b|\bretained EU law\b|\bData Protection Act(?!,? (?:of )?1998)\b|\bDPA,? ?2018\b|\bData \(Use and Access\) Act\b|\bDUAA\b|\bUK data protection (?:law|legislation|regulations?)\b/i;
// "Last updated: 3 March 2019", "Version 2, effective from May 2018": when the notice says it was written.
const DATED_YEAR =
  /\b(?:last )?(?:updated|revised|modified|reviewed|amended|effective|version|dated|published)\b[^.\n]{0,40}?\b(?<year>(?:19|20)\d{2})\b/gi;

/** The latest year the notice says it was updated, or null. */
function latestDatedYear(doc: PolicyDocument): number | null {
  const years = findAll(doc.text, DATED_YEAR).map((h) => Number(h.groups.year));
  return years.length > 0 ? Math.max(...years) : null;
}

function findOutdatedLaw(doc: PolicyDocument): OutdatedFinding[] {
  const found: OutdatedFinding[] = [];
  // One scan of the whole text per pattern; each hit is then judged by its sentence.
  const inSentences = (pattern: RegExp, keep: (sentence: string) => boolean): Span[] =>
    findAll(doc.text, pattern).filter((hit) => keep(doc.sentenceAt(hit.start)?.text ?? hit.text));
  const dpa1998 = inSentences(DPA_1998, (s) => !SUPERSEDED_CONTEXT.test(s));
  const directive = inSentences(DIRECTIVE, (s) => !SUPERSEDED_CONTEXT.test(s));
  const future = [
    ...findAll(doc.text, GDPR_AS_FUTURE),
    ...inSentences(MAY_2018, (s) => FUTURE_TENSE.test(s) && !PAST_TENSE.test(s)),
  ].sort((a, b) => a.start - b.start);
  if (dpa1998.length > 0) found.push({ label: 'the Data Protection Act 1998 (repealed in 2018)', evidence: dpa1998 });
  if (directive.length > 0)
    found.push({ label: 'the 1995 EU Data Protection Directive (repealed in 2018)', evidence: directive });
  if (future.length > 0) found.push({ label: 'the GDPR described as not yet in force', evidence: future });

  const gdpr = findAll(doc.text, GDPR);
  const dated = latestDatedYear(doc);
  if (gdpr.length > 0 && !UK_FRAMEWORK.test(doc.text) && (dated === null || dated >= 2021)) {
    found.push({
      label: 'the EU GDPR as its only legal framework, with no mention of the UK GDPR or the Data Protection Act 2018',
      evidence: gdpr,
    });
  }
  return found;
}

export default defineWarning({
  id: 'outdated-law',
  title: 'Refers to outdated data protection law',
  run({ doc }) {
    const found = findOutdatedLaw(doc);
    if (found.length === 0) return null;
    return {
      message: `The notice refers to outdated law: ${found.map((f) => f.label).join('; ')}. UK notices should rely on the UK GDPR and the Data Protection Act 2018, as amended by the Data (Use and Access) Act 2025.`,
      // The first quotes of each kind, so every finding named in the message is shown.
      evidence: found.flatMap((f) => f.evidence.slice(0, 2)).slice(0, 5),
    };
  },
});
