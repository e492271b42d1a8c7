// The warning contract: not scored, shown beside the checklist.
import type { CheckContext } from './check';
import type { CheckResult, Span, WarningId } from './types';

export interface WarningContext extends CheckContext {
  /** The audit date, for `stale`. */
  asOf: Date;
  /** The checks' results, in catalogue order. */
  results: readonly CheckResult[];
}

export interface WarningFinding {
  message: string;
  evidence: Span[];
}

export interface WarningDefinition {
  id: WarningId;
  title: string;
  /** Returns null when the warning does not fire. */
  run(context: WarningContext): WarningFinding | null;
}

export function defineWarning(definition: WarningDefinition): WarningDefinition {
  return definition;
}
