// Small display helpers shared by the popup and the report page.
import type { CheckResult, Status } from '../engine/types';

export type Band = 'good' | 'fair' | 'poor';

export function bandOf(score: number): Band {
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
}

export const BAND_LABEL: Record<Band, string> = { good: 'Good', fair: 'Needs work', poor: 'Poor' };

export const STATUS_LABEL: Record<Status, string> = {
  met: 'Met',
  partial: 'Partial',
  missing: 'Missing',
  'not-applicable': 'Not applicable',
};

export function countStatuses(checks: readonly CheckResult[]): Record<Status, number> {
  const counts: Record<Status, number> = { met: 0, partial: 0, missing: 0, 'not-applicable': 0 };
  for (const c of checks) counts[c.status]++;
  return counts;
}

/** Core (weight 3) checks first, each group in catalogue order. */
export function splitCore(checks: readonly CheckResult[]): { core: CheckResult[]; extended: CheckResult[] } {
  return { core: checks.filter((c) => c.weight >= 3), extended: checks.filter((c) => c.weight < 3) };
}

export function hostOf(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Shorten page text for display; the text is still rendered as a text node. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
