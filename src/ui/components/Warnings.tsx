import type { Evidence, Warning } from '../../engine/types';
import type { ReportLabels } from '../../messaging';
import { Quotes } from './Checklist';

export function Warnings({
  warnings,
  labels,
  onReveal,
  title = 'Warnings',
  headingId = 'warnings-title',
}: {
  warnings: readonly Warning[];
  labels: ReportLabels | null;
  onReveal?: (e: Evidence) => void;
  title?: string;
  headingId?: string;
}) {
  if (!warnings.length) return null;
  return (
    <section class="warnings" aria-labelledby={headingId}>
      <h2 id={headingId} class="group-title">
        {title} <span class="group-weight">not scored</span>
      </h2>
      <ul>
        {warnings.map((w) => (
          <li key={w.id} class="warning" data-warning-id={w.id}>
            <svg class="warning-icon" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
              <path
                d="M10 2.5l8 14.5H2z"
                fill="none"
                stroke="currentColor"
                stroke-width="1.6"
                stroke-linejoin="round"
              />
              <path d="M10 8v4M10 14.6v.1" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
            </svg>
            <div>
              <p class="warning-title">{labels?.warnings[w.id] ?? w.id}</p>
              <p class="warning-message">{w.message}</p>
              {w.evidence.length > 0 && <Quotes evidence={w.evidence.slice(0, 2)} onReveal={onReveal} />}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
