// checks.md, warnings: `outdated-law` fires on the Data Protection Act 1998; "once the GDPR is
// effective / from 25 May 2018" as future; EU GDPR as the only framework with no UK GDPR / DPA 2018
// (post-2021 notices). The message says what was found.
import { describe, expect, it } from 'vitest';
import { createPolicyDocument } from '../../src/engine/document';
import { createFacts } from '../../src/engine/facts';
import type { WarningFinding } from '../../src/engine/warning';
import outdatedLaw from '../../src/warnings/outdated-law';

function warn(text: string): WarningFinding | null {
  const doc = createPolicyDocument({ text });
  return outdatedLaw.run({ doc, facts: createFacts(doc), cookies: null, asOf: new Date('2026-11-22'), results: [] });
}

function quotes(text: string, finding: WarningFinding | null): string[] {
  return (finding?.evidence ?? []).map((e) => text.slice(e.start, e.end));
}

describe('outdated-law (checks.md)', () => {
  const firing: [string, string, string][] = [
    [
      'Under the Data Protection Act 1998 you have the right to see the information we hold about you.',
      'Data Protection Act 1998',
      'Data Protection Act 1998',
    ],
    [
      'Once the GDPR comes into force, you will also have the right to data portability.',
      'Once the GDPR comes into force',
      'not yet in force',
    ],
    ['From 25 May 2018 you will have the right to ask us to erase your data.', 'From 25 May 2018', 'not yet in force'],
    [
      'We process your personal data in accordance with the General Data Protection Regulation (EU) 2016/679.',
      'General Data Protection Regulation',
      'only legal framework',
    ],
    ['This notice is written to meet Directive 95/46/EC.', 'Directive 95/46/EC', 'Directive'],
    [
      // the DPA 1998 is outdated even beside the current law
      'Our records policy follows the DPA 1998. We also comply with the UK GDPR.',
      'DPA 1998',
      'Data Protection Act 1998',
    ],
  ];
  for (const [text, quote, named] of firing) {
    it(`fires: ${text}`, () => {
      const finding = warn(text);
      expect(finding).not.toBeNull();
      expect(finding?.message).toContain(named);
      expect(quotes(text, finding)).toContain(quote);
    });
  }

  const silent: [string, string][] = [
    ['We comply with the UK GDPR and the Data Protection Act 2018.', 'current law'],
    [
      'The GDPR came into force on 25 May 2018 and, with the Data Protection Act 2018, replaced the Data Protection Act 1998.',
      'history, in the past tense',
    ],
    ['We process your data under the GDPR and the Data Protection Act 2018.', 'GDPR beside the UK Act'],
    [
      'In line with the Data Protection Act, you can ask for a copy of your data under the GDPR.',
      'the Act without a year is the current one',
    ],
    ['Last updated: 4 June 2019. We handle your data in line with the GDPR.', 'GDPR-only, but dated before 2021'],
    ['We only use your data to send the newsletter you asked for.', 'no law named'],
  ];
  for (const [text, note] of silent) {
    it(`silent (${note}): ${text}`, () => {
      expect(warn(text)).toBeNull();
    });
  }
});
