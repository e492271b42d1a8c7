// checks.md warning `no-date`: the notice carries no "last updated" / version
// date, so a reader cannot tell whether it is current. Only a date labelled as
// the notice's own counts: a copyright year ("© 2024 Acme Ltd") dates the site
// footer, not the notice, and an expiry or "next review" date is not a revision.
import { findUpdateDates } from '../engine/lexicons/dates';
import { defineWarning } from '../engine/warning';

export default defineWarning({
  id: 'no-date',
  title: 'No "last updated" date',
  run({ doc }) {
    if (findUpdateDates(doc).length > 0) return null;
    return {
      message:
        'The notice shows no "last updated", effective or version date, so readers cannot tell whether it is current; add one and change it with each revision.',
      evidence: [],
    };
  },
});
