// Decides whether a text can be audited as a privacy notice at all, so that a
// recipe or a German page gets a plain answer rather than a low score.
import type { PolicyDocument } from './document';
import type { Verdict } from './types';

const ENGLISH_FUNCTION_WORDS = new Set(
  'the and of to a in is you that it for we your with on as be are or by this our will have not from may can at any if us which an do does such these those their when where who how what'.split(
    ' ',
  ),
);

// Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, CJK and Hangul letters: a cheaper test than \p{L}.
const OTHER_SCRIPT_LETTER =
  /[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

const PRIVACY_TERMS =
  /\bpersonal (?:data|information|details)\b|\bdata protection\b|\bprivacy\b|\bgdpr\b|\b(?:data )?controller\b|\bprocess(?:ing|or)\b|\byour (?:data|information)\b|\binformation commissioner|\bcookies?\b|\bdata subjects?\b|\bretention\b|\blawful basis\b/gi;

export function assessAuditability(doc: PolicyDocument): Verdict {
  const { text } = doc;
  if (isBinary(text)) {
    return verdict(
      'binary',
      'This input is binary data, not text. Open the privacy notice as a web page or a text file.',
    );
  }
  const words = text.match(/[A-Za-z0-9\u00c0-\uffff][\w'’\u00c0-\uffff-]*/g) ?? [];
  // The script and language of a notice show in its first pages; counting every letter of a huge page costs more.
  const sample = text.slice(0, 20_000);
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  const otherScripts = sample.match(OTHER_SCRIPT_LETTER)?.length ?? 0;
  const letterCount = latin + otherScripts;
  if (words.length < 3 && letterCount < 20) {
    return verdict(
      'empty',
      'This page has no readable text to audit. If the notice loads later or sits in a PDF, open it and try again.',
    );
  }
  const sampleWords = words.slice(0, 4000);
  const functionWords = sampleWords.filter((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())).length;
  const mostlyNonLatin = letterCount >= 30 && latin / letterCount < 0.8;
  if (mostlyNonLatin || (sampleWords.length >= 20 && functionWords / sampleWords.length < 0.12)) {
    return verdict(
      'not-english',
      'This text does not appear to be in English. The auditor checks English notices against UK law; audit the English version of the notice.',
    );
  }
  const privacyHits = text.match(PRIVACY_TERMS)?.length ?? 0;
  const perThousandWords = (1000 * privacyHits) / words.length;
  if (privacyHits < 3 || (words.length > 600 && perThousandWords < 2.5)) {
    return verdict(
      'not-a-policy',
      "This does not look like a privacy notice: it hardly mentions personal data, privacy or data protection. Open the site's privacy notice and audit that.",
    );
  }
  return { auditable: true, kind: 'privacy-notice', message: 'Audited as a privacy notice.' };
}

function verdict(kind: Verdict['kind'], message: string): Verdict {
  return { auditable: false, kind, message };
}

function isBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  if (!sample) return false;
  // C0 controls other than tab/newline/carriage return, and U+FFFD left by undecodable bytes.
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) odd++;
  }
  return odd / sample.length > 0.05;
}
