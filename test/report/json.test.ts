import { describe, expect, it, vi } from 'vitest';
import type { AuditReport } from '../../src/engine/types';
import { renderReports } from '../../src/report';
import { allReports, hostileReport, sampleReport } from './fixtures/reports';

vi.mock('../../src/checks', async () => ({ checks: (await import('./fixtures/registry')).checks }));
vi.mock('../../src/warnings', async () => ({ warnings: (await import('./fixtures/registry')).warnings }));

describe('json and jsonl reports', () => {
  it('one report is the object itself, pretty-printed, and round-trips', () => {
    const out = renderReports([sampleReport], 'json');
    expect(out.startsWith('{\n  "schemaVersion": 1,\n  "source": {')).toBe(true);
    expect(JSON.parse(out)).toEqual(sampleReport);
    expect(JSON.parse(renderReports([hostileReport], 'json'))).toEqual(hostileReport);
  });

  it('several reports are an array', () => {
    expect(JSON.parse(renderReports(allReports, 'json'))).toEqual(allReports);
  });

  it('jsonl is one compact object per line, in input order', () => {
    const lines = renderReports(allReports, 'jsonl').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(allReports.length);
    expect(lines.map((l) => JSON.parse(l))).toEqual(allReports);
    for (const line of lines) expect(line).not.toMatch(/\n|": /);
  });

  it('writes schema keys in schema order and drops anything outside the schema', () => {
    const extra = {
      ...sampleReport,
      internal: 'x',
      source: { ...sampleReport.source, debug: 1 },
    } as unknown as AuditReport;
    const parsed = JSON.parse(renderReports([extra], 'json'));
    expect(Object.keys(parsed)).toEqual([
      'schemaVersion',
      'source',
      'auditedAt',
      'score',
      'checks',
      'warnings',
      'cookies',
      'verdict',
    ]);
    expect(Object.keys(parsed.source)).toEqual(['kind', 'location', 'title', 'characters']);
    expect(Object.keys(parsed.checks[0])).toEqual(['id', 'title', 'status', 'weight', 'reason', 'advice', 'evidence']);
    expect(Object.keys(parsed.checks[0].evidence[0])).toEqual(['text', 'start', 'end', 'section']);
  });

  it('keeps the check error field when present', () => {
    const parsed = JSON.parse(renderReports([hostileReport], 'json'));
    expect(parsed.checks.find((c: { id: string }) => c.id === 'automated-decisions').error).toBe('boom');
  });
});
