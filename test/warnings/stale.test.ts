// checks.md warning `stale`: fires when the last-updated date is more than 24
// months before the audit date. A month alone counts as its last day; with
// several labelled dates the latest counts; unlabelled dates are ignored.
import { describe, expect, it } from 'vitest';
import { createPolicyDocument } from '../../src/engine/document';
import { createFacts } from '../../src/engine/facts';
import stale from '../../src/warnings/stale';

const AS_OF = new Date('2026-11-22T00:00:00Z');

function run(text: string) {
  const doc = createPolicyDocument({ text });
  return stale.run({ doc, facts: createFacts(doc), cookies: null, asOf: AS_OF, results: [] });
}

describe('stale warning', () => {
  it('fires for a day-month-year date over two years old, naming the date and its age', () => {
    const text = 'Privacy Notice\n\nLast updated: 1 March 2024\n\nWe collect your email address.';
    const found = run(text);
    expect(found?.message).toContain('1 March 2024');
    expect(found?.message).toContain('2 years and 8 months');
    expect(found?.evidence.map((e) => text.slice(e.start, e.end)).join(' ')).toContain('1 March 2024');
  });

  const old: [string, string, string][] = [
    ['Last revised: 01/03/2024', '1 March 2024', 'UK day-first numeric date'],
    ['Effective date: 2024-03-01', '1 March 2024', 'ISO date'],
    ['This policy was last updated on March 1st, 2024.', '1 March 2024', 'month-first with an ordinal'],
    ['This Privacy Notice was last reviewed and updated in February 2022.', 'February 2022', 'month and year'],
    [
      'This policy was last updated in October 2024.',
      'October 2024',
      'a month read as its last day, 31 October 2024: just over 24 months',
    ],
    [
      'Last reviewed: 1 March 2023. Next review due: 1 March 2027.',
      '1 March 2023',
      'a planned review date is not the latest update',
    ],
    [
      '| Version | Date | Changes |\n|---|---|---|\n| 1.0 | 4 June 2019 | First issue |\n| 1.1 | 2 February 2024 | New contact details |',
      '2 February 2024',
      'the latest row of a version table over two years old',
    ],
    [
      '| Version | Next review | Date |\n| 2.0 | June 2025 | 1 March 2023 |',
      '1 March 2023',
      "a version table's date column, not its review column",
    ],
  ];
  for (const [text, shown, note] of old) {
    it(`fires for ${note}`, () => expect(run(text)?.message).toContain(shown));
  }

  const fresh: [string, string][] = [
    ['Last updated: March 1st, 2025\n\nWe collect your name.', 'a date under two years old'],
    [
      'This policy was last updated in November 2024.',
      'a month read as its last day, 30 November 2024: within 24 months',
    ],
    [
      'Version 1: 1 March 2020\nVersion 2: 5 January 2026\n\nWe collect your name.',
      'the latest of several labelled dates counts',
    ],
    [
      'Harbour Lane Books was founded on 1 March 2010. Last updated 3 June 2025.',
      'an old date not labelled as an update',
    ],
    ['Since 25 May 2018 we have followed the GDPR. We collect your name.', 'only an unlabelled old date'],
    ['We collect your name and email address.', 'no date at all (that is `no-date`, not `stale`)'],
    [
      'Version history\n\n| Version | Date | Summary |\n|---|---|---|\n| 4.0 | 14 February 2026 | Data (Use and Access) Act changes |\n| 1.0 | 1 January 2019 | First issue |',
      'the latest version table row counts, wherever it sits',
    ],
    [
      'Version\nDate\nChanges\n1.0\n25 May 2018\nFirst issue\n3.0\n10 September 2025\nNew retention rules',
      'the latest row of a version table read from web-page cells',
    ],
  ];
  for (const [text, note] of fresh) {
    it(`is silent for ${note}`, () => expect(run(text)).toBeNull());
  }
});
