import type { AuditReport } from '../../engine/types';
import { BAND_LABEL, bandOf, countStatuses } from '../format';

/** The score 0-100 in a ring coloured by band, with the status counts beside it. */
export function ScoreCard({ report, compact = false }: { report: AuditReport; compact?: boolean }) {
  const band = bandOf(report.score);
  const counts = countStatuses(report.checks);
  const radius = 26;
  const circumference = 2 * Math.PI * radius;
  const size = compact ? 64 : 76;
  return (
    <section class={`score-card band-${band}`} aria-label="Score">
      <div class="score-ring" style={{ width: `${size}px`, height: `${size}px` }}>
        <svg viewBox="0 0 64 64" width={size} height={size} aria-hidden="true">
          <circle class="ring-track" cx="32" cy="32" r={radius} />
          <circle
            class="ring-value"
            cx="32"
            cy="32"
            r={radius}
            stroke-dasharray={`${(circumference * report.score) / 100} ${circumference}`}
            transform="rotate(-90 32 32)"
          />
        </svg>
        <span class="score-number" data-score={report.score}>
          {report.score}
        </span>
      </div>
      <div class="score-text">
        <p class="score-band">
          <span class="visually-hidden">Score {report.score} out of 100: </span>
          {BAND_LABEL[band]}
        </p>
        <ul class="counts" aria-label="Checks by status">
          <li class="count-met">
            <strong>{counts.met}</strong> met
          </li>
          <li class="count-partial">
            <strong>{counts.partial}</strong> partial
          </li>
          <li class="count-missing">
            <strong>{counts.missing}</strong> missing
          </li>
          {counts['not-applicable'] > 0 && (
            <li class="count-na">
              <strong>{counts['not-applicable']}</strong> n/a
            </li>
          )}
        </ul>
      </div>
    </section>
  );
}
