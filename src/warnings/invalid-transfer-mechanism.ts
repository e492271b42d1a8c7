// Fires when the notice relies on the EU-US Privacy Shield (invalid since July 2020)
// or Safe Harbor (invalid since October 2015). Whether a mention is reliance is decided in
// the transfers lexicon (isMechanismReliedOn), as for the international-transfers check: a
// notice that relied on them only in the past ("until 2020 we relied on..."), says it no
// longer relies on them, or that they were struck down or replaced, is not warned.
import { findReliedInvalidMechanisms, labelMechanisms } from '../engine/lexicons/transfers';
import { defineWarning } from '../engine/warning';

export default defineWarning({
  id: 'invalid-transfer-mechanism',
  title: 'Relies on an invalid transfer mechanism',
  run({ doc }) {
    const relied = findReliedInvalidMechanisms(doc);
    if (relied.length === 0) return null;
    return {
      message: `The notice relies on ${labelMechanisms(relied)} for transfers outside the UK; name a valid safeguard instead, such as the UK-US data bridge, the IDTA or the UK Addendum to the standard contractual clauses.`,
      evidence: relied.slice(0, 5).map(({ start, end }) => ({ start, end })),
    };
  },
});
