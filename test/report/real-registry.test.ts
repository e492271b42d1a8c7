// The renderers against the real check registry and a real audit (the other
// report tests use a fixed stand-in registry so their goldens stay stable).
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks';
import { runAudit } from '../../src/engine/audit';
import { createPolicyDocument } from '../../src/engine/document';
import { REPORT_FORMATS, renderGapSummary, renderReports } from '../../src/report';
import { findCheckMeta } from '../../src/report/common';
import { generateNotice } from '../bench/synthetic-notice';

describe('renderers with the real registry', () => {
  it('every check has what the gap report prints: titles, legal source, advice, sample wording', () => {
    for (const { meta } of checks) {
      expect(findCheckMeta(meta.id)).toBe(meta);
      for (const field of ['title', 'failureTitle', 'source', 'advice', 'sampleWording'] as const) {
        expect(meta[field].trim(), `${meta.id}.${field}`).not.toBe('');
      }
    }
  });

  it('renders a real audit in every format', () => {
    const text = generateNotice(6_000);
    const report = runAudit(createPolicyDocument({ text }), {
      source: { kind: 'file', location: 'synthetic.txt' },
      now: new Date('2026-11-22T12:00:00Z'),
    });
    expect(report.checks).toHaveLength(checks.length);
    for (const format of REPORT_FORMATS) expect(renderReports([report], format).length).toBeGreaterThan(100);
    expect(JSON.parse(renderReports([report], 'json'))).toEqual(JSON.parse(JSON.stringify(report)));
    const csvLines = renderReports([report], 'csv').split('\r\n').filter(Boolean);
    expect(csvLines.length).toBeGreaterThanOrEqual(1 + checks.length);
    expect(renderGapSummary(report)).toContain('Privacy notice gaps: synthetic.txt');
  });
});
