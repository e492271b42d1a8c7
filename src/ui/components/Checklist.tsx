import type { AuditReport, CheckResult, Evidence } from '../../engine/types';
import type { ReportLabels } from '../../messaging';
import { clip, STATUS_LABEL, splitCore } from '../format';
import { StatusIcon } from './StatusIcon';

export interface ChecklistProps {
  report: AuditReport;
  labels: ReportLabels | null;
  /** Scroll the page to a quote; absent when the page cannot be reached. */
  onReveal?: (evidence: Evidence) => void;
  /** Expand every item (the full-page report). */
  expanded?: boolean;
}

/** The six core checks first, then the extended ones; every item carries data-check-id and data-status. */
export function Checklist({ report, labels, onReveal, expanded = false }: ChecklistProps) {
  const { core, extended } = splitCore(report.checks);
  return (
    <div class="checklist">
      <ChecklistGroup id="core" title="Core requirements" checks={core} {...{ labels, onReveal, expanded }} />
      <ChecklistGroup id="extended" title="Further items" checks={extended} {...{ labels, onReveal, expanded }} />
    </div>
  );
}

function ChecklistGroup(props: {
  id: string;
  title: string;
  checks: CheckResult[];
  labels: ReportLabels | null;
  onReveal?: (evidence: Evidence) => void;
  expanded: boolean;
}) {
  if (!props.checks.length) return null;
  const headingId = `group-${props.id}`;
  return (
    <section class="check-group" aria-labelledby={headingId}>
      <h2 id={headingId} class="group-title">
        {props.title}
        <span class="group-weight">{props.id === 'core' ? 'weight 3 each' : 'weight 1 each'}</span>
      </h2>
      <ul class="checks">
        {props.checks.map((check) => (
          <CheckItem
            key={check.id}
            check={check}
            source={props.labels?.checks[check.id]?.source ?? null}
            onReveal={props.onReveal}
            expanded={props.expanded}
          />
        ))}
      </ul>
    </section>
  );
}

function CheckItem({
  check,
  source,
  onReveal,
  expanded,
}: {
  check: CheckResult;
  source: string | null;
  onReveal?: (evidence: Evidence) => void;
  expanded: boolean;
}) {
  return (
    <li class={`check status-${check.status}`} data-check-id={check.id} data-status={check.status}>
      <details open={expanded}>
        <summary>
          <StatusIcon status={check.status} />
          <span class="check-title">{check.title}</span>
          <span class={`pill pill-${check.status}`} aria-hidden="true">
            {STATUS_LABEL[check.status]}
          </span>
        </summary>
        <div class="check-body">
          {source && <p class="check-source">{source}</p>}
          {check.reason && <p class="reason">{check.reason}</p>}
          {check.advice && (
            <p class="advice">
              <span class="advice-label">What to add</span>
              {check.advice}
            </p>
          )}
          {check.evidence.length > 0 && <Quotes evidence={check.evidence} onReveal={onReveal} />}
        </div>
      </details>
    </li>
  );
}

export function Quotes({ evidence, onReveal }: { evidence: readonly Evidence[]; onReveal?: (e: Evidence) => void }) {
  return (
    <ul class="quotes" aria-label="Evidence from the notice">
      {evidence.map((e) => (
        <li key={`${e.start}:${e.end}`}>
          {onReveal ? (
            <button
              type="button"
              class="quote"
              data-start={e.start}
              data-end={e.end}
              onClick={() => onReveal(e)}
              title="Show this passage on the page"
            >
              <q>{clip(e.text, 240)}</q>
              {e.section && <span class="quote-section">{clip(e.section, 60)}</span>}
            </button>
          ) : (
            <blockquote class="quote" data-start={e.start} data-end={e.end}>
              <q>{clip(e.text, 400)}</q>
              {e.section && <span class="quote-section">{clip(e.section, 60)}</span>}
            </blockquote>
          )}
        </li>
      ))}
    </ul>
  );
}
