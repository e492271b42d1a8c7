// checks.md `retention` (Art 13(2)(a)): met for a concrete period or a specific
// criterion tied to data; partial for "no longer than necessary" alone.
import { defineCheck } from '../engine/check';
import { findRetentionStatements, type RetentionStatement } from '../engine/lexicons/periods';

const MAX_QUOTES = 3;

/** One quote per sentence, the first few. */
function quoteSentences(statements: readonly RetentionStatement[]) {
  const sentences = [...new Set(statements.map((s) => s.sentence))];
  return sentences.slice(0, MAX_QUOTES);
}

export default defineCheck({
  meta: {
    id: 'retention',
    title: 'Retention period stated',
    failureTitle: 'No retention period stated',
    source: 'UK GDPR Art 13(2)(a), Art 14(2)(a)',
    weight: 3,
    statuses: ['met', 'partial', 'missing'],
    advice:
      'State how long each category of personal data is kept (for example "6 years after your contract ends"), or the specific criteria used to decide it, such as "until you unsubscribe" or "until the end of the limitation period for claims".',
    sampleWording:
      'We keep customer order records for 6 years after the end of the financial year in which the order was placed, to meet HMRC requirements. We keep your newsletter subscription until you unsubscribe, and delete job applications 6 months after the vacancy closes.',
    messages: {
      vague:
        'The notice only says data is kept as long as necessary; it gives no retention period and no specific criterion for deciding one.',
      none: 'The notice does not say how long personal data is kept or how that period is decided.',
    },
  },
  run({ doc }) {
    const statements = findRetentionStatements(doc);
    const concrete = statements.filter((s) => s.kind !== 'vague');
    if (concrete.length > 0) return { status: 'met', evidence: quoteSentences(concrete) };
    if (statements.length > 0) return { status: 'partial', evidence: quoteSentences(statements), messageId: 'vague' };
    return { status: 'missing', messageId: 'none' };
  },
});
