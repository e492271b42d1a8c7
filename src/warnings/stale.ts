// checks.md warning `stale`: the notice's last-updated date is more than 24
// months before the audit date. When several labelled dates appear (a version
// history, "effective" and "last reviewed"), the latest is the notice's age; a
// month or year alone is read as its last day, so a notice is never called
// older than it may be.

import type { PolicyDocument } from '../engine/document';
import { describeAge, formatDate, latestUpdateDate, monthsBetween } from '../engine/lexicons/dates';
import type { Span } from '../engine/types';
import { defineWarning } from '../engine/warning';

const STALE_AFTER_MONTHS = 24;

function sentenceOrStatement(doc: PolicyDocument, statement: Span): Span {
  const sentence = doc.sentenceAt(statement.start);
  return sentence && sentence.end >= statement.end && sentence.text.length <= 200 ? sentence : statement;
}

export default defineWarning({
  id: 'stale',
  title: 'Notice not updated in over two years',
  run({ doc, asOf }) {
    const latest = latestUpdateDate(doc);
    if (!latest) return null;
    const age = monthsBetween(latest.date, asOf);
    // 24 months and a day is "more than 24 months": whole months alone would miss it.
    const limit = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() - STALE_AFTER_MONTHS, asOf.getUTCDate()));
    if (latest.date >= limit) return null;
    return {
      message: `The notice was last updated ${latest.precision === 'day' ? 'on' : 'in'} ${formatDate(latest)}, ${describeAge(age)} before the audit date; review it and update the date.`,
      // The whole sentence when it is short ("This notice was last reviewed in May 2022."), else the label and date.
      evidence: [sentenceOrStatement(doc, latest.statement)],
    };
  },
});
