// UK rules for cookies set before consent, as data (pure). In force from
// 5 February 2026 (SI 2026/82):
//   PECR reg 6, substituted by the Data (Use and Access) Act 2025 s.112, forbids
//   storing or reading information on a visitor's device ("storage and access
//   technologies": cookies, pixels, local storage...) unless the visitor has
//   clear and comprehensive information about its purposes and has consented,
//   or an exception in the new PECR Schedule A1 (DUAA 2025 Sch 12) applies;
//   since s.112 it also catches whoever instigates the storage (a publisher
//   embedding an ad tag).
//   Sch A1 exceptions with no consent: transmitting a communication; strictly
//   necessary for a service the visitor asked for; statistics about how the
//   service is used, to improve it (para 5); adapting the appearance or
//   functions of the service to the visitor's preferences; emergency assistance.
//   The statistics and appearance exceptions apply only if the visitor gets
//   clear and comprehensive information about the purpose and a simple, free
//   means of objecting (ICO guidance on storage and access technologies, 2026).
//   Advertising, profiling and tracking across sites fit no exception: consent first.
import type { ConsentOutcome, CookieCategory } from '../engine/types';
import type { Party } from './domain';

export interface ConsentRule {
  /** A slug for tests and reports. */
  id: 'strictly-necessary' | 'advertising' | 'cross-site-tracking' | 'statistics' | 'appearance' | 'unclassified';
  /** Which cookies it covers; the first rule that matches decides. */
  category: CookieCategory;
  /** Only cookies of this party; any party when absent. */
  party?: Party;
  outcome: ConsentOutcome;
  /** The law, for a reviewer. */
  law: string;
  /** What it means for a cookie set before consent, in one clause. */
  meaning: string;
}

export const CONSENT_RULES: readonly ConsentRule[] = [
  // "We use a session cookie to keep your basket": PECR Sch A1, strictly necessary.
  {
    id: 'strictly-necessary',
    category: 'necessary',
    outcome: 'exempt',
    law: 'PECR reg 6 and Sch A1 (strictly necessary), as amended by the Data (Use and Access) Act 2025',
    meaning: 'exempt: strictly necessary for the service the visitor asked for',
  },
  // "Our advertising partners set cookies to show you relevant ads": no exception covers it.
  {
    id: 'advertising',
    category: 'advertising',
    outcome: 'consent-required',
    law: 'PECR reg 6(1)-(2), as amended by the Data (Use and Access) Act 2025 s.112: no Sch A1 exception covers advertising',
    meaning: 'needs consent first: no exception covers advertising or profiling',
  },
  // A third party's analytics cookie on its own domain is read on every site that embeds it:
  // tracking across sites, not statistics about this service (Sch A1 para 5 does not cover it).
  {
    id: 'cross-site-tracking',
    category: 'analytics',
    party: 'third',
    outcome: 'consent-required',
    law: 'PECR reg 6(1)-(2); the statistics exception (Sch A1 para 5) covers only statistics about the service itself',
    meaning: 'needs consent first: a third-party cookie can track visitors across sites',
  },
  // "Google Analytics cookies help us see which pages are popular": Sch A1 para 5.
  {
    id: 'statistics',
    category: 'analytics',
    outcome: 'allowed-with-conditions',
    law: 'PECR Sch A1 para 5 (statistical purposes), inserted by the Data (Use and Access) Act 2025',
    meaning:
      'allowed before consent only with clear information about it and an easy, free way to object; not a violation in itself',
  },
  // "A cookie remembers your language and text size": Sch A1, appearance or functions of the service.
  {
    id: 'appearance',
    category: 'functional',
    outcome: 'allowed-with-conditions',
    law: 'PECR Sch A1 (appearance or functions adapted to the user), inserted by the Data (Use and Access) Act 2025',
    meaning:
      'allowed before consent only with clear information about it and an easy, free way to object; not a violation in itself',
  },
  // A cookie no data source knows: a person has to look at what it does.
  {
    id: 'unclassified',
    category: 'unknown',
    outcome: 'unknown',
    law: 'PECR reg 6: consent is needed unless a Sch A1 exception applies',
    meaning: 'purpose unknown: check whether an exception applies',
  },
];

/** The rule for a cookie set before consent (always one: every category has a rule). */
export function findConsentRule(cookie: { category: CookieCategory; party: Party }): ConsentRule {
  const rule = CONSENT_RULES.find((r) => r.category === cookie.category && (!r.party || r.party === cookie.party));
  return rule ?? (CONSENT_RULES[CONSENT_RULES.length - 1] as ConsentRule);
}
