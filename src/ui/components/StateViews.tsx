import type { PolicyLink } from '../../messaging';
import { clip, hostOf } from '../format';

export function Auditing({ url }: { url: string | null }) {
  return (
    <div class="state state-auditing" role="status" aria-live="polite" data-state="auditing">
      <span class="spinner" aria-hidden="true" />
      <div>
        <p class="state-title">Auditing this page…</p>
        <p class="state-text">
          Reading the notice{url ? ` on ${hostOf(url)}` : ''} and checking it against UK GDPR Articles 13 and 14.
        </p>
      </div>
    </div>
  );
}

export type MessageKind = 'forbidden' | 'needs-click' | 'error' | 'not-english' | 'empty' | 'binary' | 'not-a-policy';

const TITLES: Record<MessageKind, string> = {
  forbidden: 'This page can’t be audited',
  'needs-click': 'One more click needed',
  error: 'Something went wrong',
  'not-english': 'This notice isn’t in English',
  empty: 'No readable text',
  binary: 'Not a text page',
  'not-a-policy': 'Not a privacy notice',
};

export function StateMessage({ kind, message, onRetry }: { kind: MessageKind; message: string; onRetry?: () => void }) {
  return (
    <div class={`state state-${kind}`} data-state={kind} role={kind === 'error' ? 'alert' : undefined}>
      <StateIcon kind={kind} />
      <div class="state-body">
        <h2 class="state-title">{TITLES[kind]}</h2>
        <p class="state-text">{message}</p>
        {onRetry && (
          <button type="button" class="button" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    </div>
  );
}

// 20x20 line icons: lock, alert, pointer, globe, blank page.
const ICONS: Record<MessageKind, string> = {
  forbidden: 'M6 9V6.5a4 4 0 0 1 8 0V9M4.5 9h11v8h-11z',
  error: 'M10 3l8 14H2zM10 8.5v3.5M10 14.6v.1',
  'needs-click': 'M7 3.5v9l2.4-2.2 1.8 4.2 1.8-.8-1.8-4.1 3.3-.2z',
  'not-english':
    'M10 2.5a7.5 7.5 0 1 0 0 15 7.5 7.5 0 0 0 0-15zM2.5 10h15M10 2.5c2.2 2.4 2.2 12.6 0 15M10 2.5c-2.2 2.4-2.2 12.6 0 15',
  empty: 'M5 2.5h7l3 3v12H5zM12 2.5v3h3',
  binary: 'M5 2.5h7l3 3v12H5zM12 2.5v3h3',
  'not-a-policy': 'M5 2.5h7l3 3v12H5zM12 2.5v3h3',
};

function StateIcon({ kind }: { kind: MessageKind }) {
  return (
    <div class="state-icon" aria-hidden="true">
      <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
        <path
          d={ICONS[kind]}
          fill="none"
          stroke="currentColor"
          stroke-width="1.6"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </svg>
    </div>
  );
}

/** The page is not a notice: offer the notice links found on it, one click each. */
export function NotAPolicy({
  message,
  links,
  onAudit,
}: {
  message: string;
  links: readonly PolicyLink[];
  onAudit: (link: PolicyLink) => void;
}) {
  return (
    <div class="state state-not-a-policy" data-state="not-a-policy">
      <StateIcon kind="not-a-policy" />
      <div class="state-body">
        <h2 class="state-title">Not a privacy notice</h2>
        <p class="state-text">{message}</p>
        {links.length > 0 ? (
          <>
            <p class="state-text">Notices linked from this page:</p>
            <ul class="policy-links">
              {links.map((link) => (
                <li key={link.href}>
                  <button type="button" class="policy-link" data-href={link.href} onClick={() => onAudit(link)}>
                    <span class="policy-link-kind">{link.kind === 'cookie' ? 'Cookies' : 'Privacy'}</span>
                    <span class="policy-link-text">Audit “{clip(link.text, 60)}”</span>
                    <span class="policy-link-url">{clip(link.href.replace(/^https?:\/\//, ''), 56)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p class="state-text">No link to a privacy or cookie notice was found on this page.</p>
        )}
      </div>
    </div>
  );
}
