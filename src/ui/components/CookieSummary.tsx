import type { PageFacts } from '../../messaging';
import { clip } from '../format';

export interface CookieSummaryProps {
  page: PageFacts;
  /** Ask for optional site access (HttpOnly and third-party cookies); must run inside the click. */
  onRequestAccess?: () => void;
}

/** A short summary; the full cookie audit (categories, vendors, disclosure) is a later feature. */
export function CookieSummary({ page, onRequestAccess }: CookieSummaryProps) {
  const names = page.cookies.map((c) => c.name);
  const hidden = page.cookies.filter((c) => c.httpOnly).length;
  const siteAccess = page.cookies.some((c) => c.source === 'browser');
  return (
    <section class="cookies" aria-labelledby="cookies-title">
      <h2 id="cookies-title" class="group-title">
        Cookies on this page
      </h2>
      {names.length ? (
        <>
          <p class="cookie-count">
            {names.length} {names.length === 1 ? 'cookie' : 'cookies'} set
            {siteAccess ? ` (${hidden} HttpOnly)` : ' and readable by the page'}:
          </p>
          <ul class="cookie-names" aria-label="Cookie names">
            {names.slice(0, 24).map((name) => (
              <li key={name}>
                <code>{clip(name, 40)}</code>
              </li>
            ))}
            {names.length > 24 && <li class="more">and {names.length - 24} more</li>}
          </ul>
        </>
      ) : (
        <p class="cookie-count">No cookies readable by the page.</p>
      )}
      {page.thirdPartyHosts.length > 0 && (
        <p class="third-parties">
          Loaded content from {page.thirdPartyHosts.length} other {page.thirdPartyHosts.length === 1 ? 'site' : 'sites'}
          : <span class="hosts">{page.thirdPartyHosts.slice(0, 6).join(', ')}</span>
          {page.thirdPartyHosts.length > 6 ? ', …' : ''}
        </p>
      )}
      {!siteAccess && onRequestAccess && (
        <p class="access">
          HttpOnly cookies are invisible to the page.{' '}
          <button type="button" class="link-button" onClick={onRequestAccess}>
            Allow cookie access for this site
          </button>
        </p>
      )}
    </section>
  );
}
