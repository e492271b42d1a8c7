import type { Status } from '../../engine/types';
import { STATUS_LABEL } from '../format';

const PATHS: Record<Status, string> = {
  met: 'M6.5 10.5l2.5 2.5 5-5.5',
  partial: 'M10 4a6 6 0 0 1 0 12z',
  missing: 'M7 7l6 6M13 7l-6 6',
  'not-applicable': 'M6.5 10h7',
};

/** A status glyph in a circle; its label is read by screen readers. */
export function StatusIcon({ status, size = 20 }: { status: Status; size?: number }) {
  const filled = status === 'partial';
  return (
    <svg
      class={`status-icon status-${status}`}
      width={size}
      height={size}
      viewBox="0 0 20 20"
      role="img"
      aria-label={STATUS_LABEL[status]}
    >
      <circle cx="10" cy="10" r="8.25" fill="none" stroke="currentColor" stroke-width="1.5" />
      <path
        d={PATHS[status]}
        fill={filled ? 'currentColor' : 'none'}
        stroke={filled ? 'none' : 'currentColor'}
        stroke-width="1.9"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
