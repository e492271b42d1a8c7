// checks.md warning `no-date`: fires when the notice has no "last updated" /
// version date. Only a date labelled as the notice's own counts: a copyright
// year, a founding date or an ICO registration expiry does not.
import { describe, expect, it } from 'vitest';
import { createPolicyDocument } from '../../src/engine/document';
import { createFacts } from '../../src/engine/facts';
import noDate from '../../src/warnings/no-date';

function run(text: string) {
  const doc = createPolicyDocument({ text });
  return noDate.run({
    doc,
    facts: createFacts(doc),
    cookies: null,
    asOf: new Date('2026-11-22T00:00:00Z'),
    results: [],
  });
}

describe('no-date warning', () => {
  const dated: [string, string][] = [
    ['Privacy Notice\n\nLast updated: 1 March 2024\n\nWe collect your email address.', 'a "Last updated" line'],
    [
      'We review our policies regularly. This notice was last reviewed and updated in February 2022.',
      'month and year in a sentence',
    ],
    ['Effective date: 2024-03-01\n\nThis notice explains how we use your data.', 'an ISO effective date'],
    ['Version 3.1 – 12/05/2025\n\nWe collect your name.', 'a version with a UK day-first date'],
    ['This policy was updated on March 1st, 2024. We collect your name.', 'US-style month-first wording'],
    ['Privacy policy (last updated 2023)\n\nWe collect your name.', 'a year alone after the label'],
    ['Version current as of 09.07.2019.', 'a dotted day-first date'],
    [
      'Document history\n\n| Issue | Date of issue | Summary |\n|---|---|---|\n| 1 | 2 April 2019 | First issue |\n| 2 | 9 October 2025 | New retention rules |\n\nWe collect your name.',
      'a version history table whose rows carry no label of their own',
    ],
    [
      'Version\tDate\tChanges\n2.0\t3 March 2025\tAdded CCTV\n\nWe collect your name.',
      'a tab-separated version table with no heading',
    ],
    [
      'Revision history\n\n2.1 – 3 March 2025: retention clarified\n2.0 – 12 May 2023: first issue\n\nWe collect your name.',
      'version rows under a revision history heading, with no header row',
    ],
    [
      'Version\nDate\nChanges\n1.0\n25 May 2018\nFirst issue\n2.0\n3 March 2025\nNew retention rules\n\nWe collect your name.',
      'table cells extracted from a web page as blocks of their own',
    ],
  ];
  for (const [text, note] of dated) {
    it(`is silent for ${note}`, () => expect(run(text)).toBeNull());
  }

  const undated: [string, string][] = [
    ['Privacy Notice\n\nWe collect your name and email address to send you our newsletter.', 'no date at all'],
    [
      'We collect your email address.\n\n© 2024 Harbour Lane Books Ltd. All rights reserved.',
      'a copyright year is not a version date',
    ],
    [
      'Harbour Lane Books was founded on 1 March 2010. We collect your email address.',
      'a date not labelled as an update',
    ],
    [
      'ICO registration number Z1234567, expiry 16-3-2025. We collect your email address.',
      'a registration expiry date',
    ],
    ['Next review date: March 2027\n\nWe collect your email address.', 'a planned review is not a revision'],
    [
      'We will update this notice from time to time and post the new version on this page.',
      '"update" and "version" with no date',
    ],
    [
      'Open days\n\n| Event | Date |\n|---|---|\n| Open day | 3 March 2025 |\n\nWe collect your name.',
      'a table with a date column but no version column',
    ],
    [
      'Version history\n\nEarlier versions are available on request from our office, which opened on 1 May 2010.',
      'a history heading over prose, not dated rows',
    ],
  ];
  for (const [text, note] of undated) {
    it(`fires for ${note}`, () => {
      const found = run(text);
      expect(found).not.toBeNull();
      expect(found?.message).toMatch(/no "last updated"/);
    });
  }
});
