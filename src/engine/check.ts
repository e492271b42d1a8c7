// The check contract, in the shape of an ESLint rule: static metadata beside
// one function that returns a small finding reported by message id.

import type { ObservedCookie } from '../cookies/types';
import type { PolicyDocument } from './document';
import type { Facts } from './facts';
import type { CheckId, CookieConsentState, Span, Status } from './types';

export interface CheckMeta {
  id: CheckId;
  /** Shown when the check is met, e.g. "Retention period stated". */
  title: string;
  /** Shown when it is not, e.g. "No retention period stated". */
  failureTitle: string;
  /** The legal source, e.g. "UK GDPR Art 13(2)(a)". */
  source: string;
  weight: 1 | 3;
  /** The statuses checks.md defines for this check. */
  statuses: readonly Status[];
  /** What the notice should add, one or two sentences a reviewer can paste. */
  advice: string;
  /** A sample wording the site owner could adapt. */
  sampleWording: string;
  /** Reason templates by message id; `{{name}}` is filled from the finding's data. */
  messages: Record<string, string>;
}

export interface CheckFinding {
  status: Status;
  /** Required (non-empty) for met and partial. */
  evidence?: Span[];
  /** Required for partial, missing and not-applicable. */
  messageId?: string;
  data?: Record<string, string | number>;
}

export interface CheckContext {
  doc: PolicyDocument;
  facts: Facts;
  /** Cookies observed on the site, or null when none were read. */
  cookies: readonly ObservedCookie[] | null;
  /** The site's host or URL the cookies were read on (decides first or third party). */
  site?: string | null;
  /** Hosts of other sites the page loaded resources from. */
  thirdPartyHosts?: readonly string[];
  /** Whether a consent choice is recorded on the site, when the extension inferred it from the cookies. */
  cookieConsent?: CookieConsentState | null;
}

export interface CheckDefinition {
  meta: CheckMeta;
  run(context: CheckContext): CheckFinding;
}

export function defineCheck(definition: CheckDefinition): CheckDefinition {
  return definition;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
