// Runs one check inside a guard and shapes its finding into a CheckResult with
// evidence quotes; a check that throws becomes an error entry.
import { type CheckContext, type CheckDefinition, type CheckFinding, formatMessage } from './check';
import type { PolicyDocument } from './document';
import type { CheckResult, Evidence, Span } from './types';

export function runCheck(check: CheckDefinition, context: CheckContext): CheckResult {
  const { meta } = check;
  try {
    const finding = check.run(context);
    validateFinding(check, finding);
    const met = finding.status === 'met';
    return {
      id: meta.id,
      title: met || finding.status === 'not-applicable' ? meta.title : meta.failureTitle,
      status: finding.status,
      weight: meta.weight,
      reason: met ? null : formatMessage(meta.messages[finding.messageId ?? ''] ?? '', finding.data),
      advice: met || finding.status === 'not-applicable' ? null : meta.advice,
      evidence: toEvidence(context.doc, finding.evidence ?? []),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      id: meta.id,
      title: meta.failureTitle,
      status: 'missing',
      weight: meta.weight,
      reason: `This check could not be completed (${message}); review this item by hand.`,
      advice: meta.advice,
      evidence: [],
      error: message,
    };
  }
}

function validateFinding(check: CheckDefinition, finding: CheckFinding): void {
  const { status, evidence, messageId } = finding;
  if ((status === 'met' || status === 'partial') && !evidence?.length) {
    throw new Error(`${check.meta.id}: a ${status} finding needs evidence`);
  }
  if (status !== 'met' && (!messageId || !(messageId in check.meta.messages))) {
    throw new Error(`${check.meta.id}: a ${status} finding needs a known messageId, got ${messageId}`);
  }
}

const MAX_QUOTE = 400;

/**
 * Spans to evidence quotes: in text order but with headings last (a heading is
 * the weaker quote: "Sending data abroad" says less than the sentence under it),
 * de-duplicated, trimmed, each with its section.
 */
export function toEvidence(doc: PolicyDocument, spans: readonly Span[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  const isHeading = (span: Span) => doc.sentenceAt(span.start)?.block.kind === 'heading';
  const ordered = [...spans].sort((a, b) => Number(isHeading(a)) - Number(isHeading(b)) || a.start - b.start);
  for (const span of ordered) {
    let { start, end } = span;
    while (start < end && /\s/.test(doc.text[start] ?? '')) start++;
    while (end > start && /\s/.test(doc.text[end - 1] ?? '')) end--;
    if (end - start > MAX_QUOTE) end = cutAtWord(doc.text, start, start + MAX_QUOTE);
    if (end <= start || start < 0 || end > doc.text.length) continue;
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: doc.text.slice(start, end), start, end, section: doc.sectionTitleAt(start) });
  }
  return out.slice(0, 5);
}

function cutAtWord(text: string, start: number, limit: number): number {
  const space = text.lastIndexOf(' ', limit);
  return space > start + 40 ? space : limit;
}
