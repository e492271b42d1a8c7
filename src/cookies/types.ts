// A cookie as read from a page, the cookies API, a scan or a cookies file.
export interface ObservedCookie {
  name: string;
  domain: string;
  path?: string;
  /** Expiry as an ISO date, or null for a session cookie. */
  expires?: string | null;
  httpOnly?: boolean;
  secure?: boolean;
  /** A CHIPS cookie, kept per top-level site (`Partitioned`). */
  partitioned?: boolean;
  /**
   * Whether the site set it before any consent was given: a scan (before any interaction), or the extension on
   * a site with no consent choice recorded (src/cookies/consent-state.ts).
   */
  beforeConsent?: boolean;
}
