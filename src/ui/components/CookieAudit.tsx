import type { AuditReport, CookieVendorResult, Evidence, ObservedCookieResult } from '../../engine/types';
import type { CookieScan, PageFacts, ReportLabels } from '../../messaging';
import {
  CATEGORY_HINT,
  CATEGORY_LABEL,
  countCookies,
  DISCLOSURE_LABEL,
  describeAccess,
  describeConsentState,
  describeExpiry,
  describeScan,
  disclosureOf,
  findPageCookie,
  groupCookies,
  isCookieWarning,
  listVendors,
  MATCHED_BY_LABEL,
  unknownHosts,
} from '../cookies';
import { clip } from '../format';
import { Warnings } from './Warnings';

export interface FullScanControl {
  busy: boolean;
  /** The outcome to announce (access refused, partial read), or null. */
  message: string | null;
  /** Must run inside the click: it asks the browser for the optional permissions. */
  run: () => void;
}

export interface CookieAuditProps {
  report: AuditReport;
  page: PageFacts;
  scan: CookieScan | undefined;
  labels: ReportLabels | null;
  onReveal?: (evidence: Evidence) => void;
  /** The "Full cookie scan" button (the popup); absent on the report page. */
  fullScan?: FullScanControl;
  /** Prefix for heading ids, unique per page. */
  idPrefix?: string;
}

/** Every cookie by category with vendor, party, expiry and whether the notice discloses it; vendors; cookie warnings. */
export function CookieAudit({
  report,
  page,
  scan,
  labels,
  onReveal,
  fullScan,
  idPrefix = 'cookies',
}: CookieAuditProps) {
  const audit = report.cookies;
  const groups = groupCookies(audit);
  const counts = countCookies(audit);
  const vendors = listVendors(audit);
  const otherHosts = unknownHosts(audit, page.thirdPartyHosts);
  const warnings = report.warnings.filter(isCookieWarning);
  return (
    <div class="cookie-audit" data-scan-mode={scan?.mode ?? 'page'}>
      <ScanNote scan={scan} fullScan={fullScan} audit={audit} />
      <Warnings
        warnings={warnings}
        labels={labels}
        onReveal={onReveal}
        title="Cookie warnings"
        headingId={`${idPrefix}-warnings-title`}
      />
      {counts.cookies > 0 ? (
        <ul class="cookie-stats" aria-label="Cookie summary">
          <li>
            <strong>{counts.cookies}</strong> {counts.cookies === 1 ? 'cookie' : 'cookies'}
          </li>
          <li>
            <strong>{counts.vendors}</strong> {counts.vendors === 1 ? 'vendor' : 'vendors'}
          </li>
          <li class={counts.undisclosed ? 'stat-alert' : 'stat-ok'}>
            <strong>{counts.undisclosed}</strong> not in the notice
          </li>
        </ul>
      ) : (
        <p class="empty cookie-empty">
          {scan?.mode === 'full' ? 'No cookies found for these sites.' : 'No cookies readable by the page.'}
        </p>
      )}
      {groups.map((group) => {
        const headingId = `${idPrefix}-category-${group.category}`;
        return (
          <section
            key={group.category}
            class={`cookie-group cat-${group.category}`}
            aria-labelledby={headingId}
            data-category={group.category}
          >
            <h2 id={headingId} class="group-title">
              <span class="cat-dot" aria-hidden="true" />
              {CATEGORY_LABEL[group.category]}
              <span class="group-weight">
                {group.cookies.length} · {CATEGORY_HINT[group.category]}
              </span>
            </h2>
            <ul class="cookie-list">
              {group.cookies.map((cookie) => (
                <CookieItem key={`${cookie.name}|${cookie.domain}`} cookie={cookie} page={page} />
              ))}
            </ul>
          </section>
        );
      })}
      {vendors.length > 0 && (
        <section class="vendors" aria-labelledby={`${idPrefix}-vendors-title`}>
          <h2 id={`${idPrefix}-vendors-title`} class="group-title">
            Vendors <span class="group-weight">from cookies and the sites the page loaded</span>
          </h2>
          <ul class="vendor-list">
            {vendors.map((vendor) => (
              <VendorItem key={vendor.name} vendor={vendor} />
            ))}
          </ul>
        </section>
      )}
      {otherHosts.length > 0 && (
        <p class="other-hosts">
          Also loaded content from {otherHosts.length} {otherHosts.length === 1 ? 'site' : 'sites'} no vendor data
          knows: <span class="hosts">{clip(otherHosts.join(', '), 240)}</span>
        </p>
      )}
    </div>
  );
}

function ScanNote({
  scan,
  fullScan,
  audit,
}: {
  scan: CookieScan | undefined;
  fullScan?: FullScanControl;
  audit: AuditReport['cookies'];
}) {
  const full = scan?.mode === 'full';
  const consent = describeConsentState(audit);
  const message = fullScan?.busy
    ? 'Waiting for access, then reading the cookies…'
    : (fullScan?.message ?? scan?.problem ?? '');
  return (
    <div class={`scan-note ${full ? 'scan-full' : 'scan-page'}`} data-scan-note>
      <svg class="scan-icon" width="16" height="16" viewBox="0 0 20 20" aria-hidden="true">
        {full ? (
          <path
            d="M6.5 10.5l2.5 2.5 5-5.5"
            fill="none"
            stroke="currentColor"
            stroke-width="1.9"
            stroke-linecap="round"
          />
        ) : (
          <path d="M10 9v5M10 6.2v.1" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round" />
        )}
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="1.5" />
      </svg>
      <div class="scan-body">
        <p class="scan-text">{describeScan(scan)}</p>
        {consent && (
          <p class="scan-consent" data-consent-recorded={String(audit?.consent?.recorded)}>
            {consent}
          </p>
        )}
        {!fullScan && !full && <p class="scan-hint">Run one from the Cookies tab of the toolbar button.</p>}
        {fullScan && !full && (
          <div class="scan-action">
            <button
              type="button"
              class="button button-primary"
              data-action="full-scan"
              disabled={fullScan.busy}
              onClick={fullScan.run}
            >
              Full cookie scan
            </button>
            <span class="scan-hint">Asks your browser for access to {describeAccess(scan)}. Nothing leaves it.</span>
          </div>
        )}
        <p
          class={`scan-status${fullScan?.message || scan?.problem ? ' scan-problem' : ''}`}
          role="status"
          aria-live="polite"
          data-scan-status
        >
          {message}
        </p>
      </div>
    </div>
  );
}

function CookieItem({ cookie, page }: { cookie: ObservedCookieResult; page: PageFacts }) {
  const source = findPageCookie(cookie, page.cookies);
  const disclosure = disclosureOf(cookie);
  const rule = `Matched by ${MATCHED_BY_LABEL[cookie.matchedBy]}: ${cookie.rule}`;
  const facts = [cookie.vendor ?? 'unknown vendor', `${cookie.party} party`, describeExpiry(cookie, source)];
  if (source?.httpOnly) facts.push('HttpOnly');
  if (source?.partitioned) facts.push('partitioned');
  return (
    <li
      class={`cookie disclosure-${disclosure}`}
      data-cookie={cookie.name}
      data-category={cookie.category}
      data-disclosed={String(cookie.disclosed)}
      data-vendor={cookie.vendor ?? ''}
      data-party={cookie.party}
    >
      <details>
        <summary class="cookie-summary" title={rule}>
          <span class="cookie-main">
            <code class="cookie-name">{clip(cookie.name, 44)}</code>
            <span class="cookie-meta">{facts.join(' · ')}</span>
          </span>
          <span class={`pill pill-${disclosure}`}>{DISCLOSURE_LABEL[disclosure]}</span>
        </summary>
        <dl class="cookie-facts">
          <dt>Why {CATEGORY_LABEL[cookie.category].toLowerCase()}</dt>
          <dd>{rule}</dd>
          <dt>In the notice</dt>
          <dd>
            {cookie.disclosed
              ? (cookie.disclosedBy ?? 'mentioned')
              : disclosure === 'exempt'
                ? 'not mentioned; strictly necessary cookies need no mention'
                : 'not mentioned: neither the cookie, its vendor nor its kind'}
          </dd>
          {cookie.company && cookie.company !== cookie.vendor && (
            <>
              <dt>Company</dt>
              <dd>{cookie.company}</dd>
            </>
          )}
          <dt>Set on</dt>
          <dd class="break">
            {cookie.domain}
            {source?.path && source.path !== '/' ? source.path : ''}
          </dd>
        </dl>
      </details>
    </li>
  );
}

function VendorItem({ vendor }: { vendor: CookieVendorResult }) {
  const facts = [CATEGORY_LABEL[vendor.category]];
  if (vendor.cookies.length)
    facts.push(`${vendor.cookies.length === 1 ? 'cookie' : 'cookies'} ${clip(vendor.cookies.join(', '), 60)}`);
  if (vendor.hosts.length) facts.push(`loaded from ${clip(vendor.hosts.join(', '), 60)}`);
  const disclosure = vendor.disclosed ? 'disclosed' : vendor.category === 'necessary' ? 'exempt' : 'undisclosed';
  return (
    <li
      class={`vendor disclosure-${disclosure}`}
      data-vendor={vendor.name}
      data-disclosed={String(vendor.disclosed)}
      title={vendor.disclosedBy ?? undefined}
    >
      <span class="cookie-main">
        <span class="vendor-name">
          {vendor.name}
          {vendor.company && vendor.company !== vendor.name && <span class="vendor-company"> · {vendor.company}</span>}
        </span>
        <span class="cookie-meta">{facts.join(' · ')}</span>
      </span>
      <span class={`pill pill-${disclosure}`}>{vendor.disclosed ? 'Named' : 'Not named'}</span>
    </li>
  );
}
