// Score = 100 x sum(weight x score) / sum(weight over applicable checks), rounded (checks.md).
import type { CheckResult, Status } from './types';

export const STATUS_SCORE: Record<Status, number | null> = {
  met: 1,
  partial: 0.5,
  missing: 0,
  'not-applicable': null,
};

export function scoreChecks(results: readonly CheckResult[]): number {
  let earned = 0;
  let possible = 0;
  for (const r of results) {
    const value = STATUS_SCORE[r.status];
    // A check that could not run is no evidence either way, so it weighs nothing.
    if (value === null || r.error) continue;
    earned += r.weight * value;
    possible += r.weight;
  }
  return possible === 0 ? 0 : Math.round((100 * earned) / possible);
}
