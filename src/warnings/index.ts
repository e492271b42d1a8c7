// The warning registry, in checks.md order.
import type { WarningDefinition } from '../engine/warning';
import invalidTransferMechanism from './invalid-transfer-mechanism';
import noDate from './no-date';
import outdatedLaw from './outdated-law';
import preConsentCookies from './pre-consent-cookies';
import stale from './stale';
import undisclosedCookies from './undisclosed-cookies';

export const warnings: readonly WarningDefinition[] = [
  outdatedLaw,
  invalidTransferMechanism,
  noDate,
  stale,
  undisclosedCookies,
  preConsentCookies,
];
