// Runs a cookie warning on a notice text with observed cookies, as runAudit would.
import type { ObservedCookie } from '../../src/cookies/types';
import { createPolicyDocument } from '../../src/engine/document';
import { createFacts } from '../../src/engine/facts';
import type { CookieConsentState } from '../../src/engine/types';
import type { WarningDefinition, WarningFinding } from '../../src/engine/warning';

export function runCookieWarning(
  warning: WarningDefinition,
  text: string,
  cookies: ObservedCookie[] | null,
  options: { site?: string; thirdPartyHosts?: string[]; cookieConsent?: CookieConsentState } = {},
): WarningFinding | null {
  const doc = createPolicyDocument({ text });
  return warning.run({
    doc,
    facts: createFacts(doc),
    cookies,
    site: options.site ?? 'www.shop.example',
    thirdPartyHosts: options.thirdPartyHosts ?? [],
    cookieConsent: options.cookieConsent ?? null,
    asOf: new Date('2026-11-22T00:00:00Z'),
    results: [],
  });
}
