import { describe, it, vi } from 'vitest';
import { REPORT_FORMATS, renderGapSummary, renderReports } from '../../src/report';
import { allReports, hostileReport, notAuditableReport, sampleReport } from './fixtures/reports';
import { expectGolden } from './golden';

vi.mock('../../src/checks', async () => ({ checks: (await import('./fixtures/registry')).checks }));
vi.mock('../../src/warnings', async () => ({ warnings: (await import('./fixtures/registry')).warnings }));

const EXTENSION = { text: 'txt', json: 'json', jsonl: 'jsonl', md: 'md', html: 'html', csv: 'csv' } as const;
const FIXTURES = [
  ['sample', sampleReport],
  ['hostile', hostileReport],
  ['not-auditable', notAuditableReport],
] as const;

describe('report goldens', () => {
  for (const [name, report] of FIXTURES) {
    for (const format of REPORT_FORMATS) {
      it(`${name} as ${format}`, () => {
        expectGolden(`${name}.${EXTENSION[format]}`, renderReports([report], format));
      });
    }
    it(`${name} gap summary`, () => {
      expectGolden(`${name}.summary.txt`, renderGapSummary(report));
    });
  }

  it('sample as coloured text', () => {
    expectGolden('sample.color.txt', renderReports([sampleReport], 'text', { color: true }));
  });

  for (const format of REPORT_FORMATS) {
    it(`all three reports in one ${format} document`, () => {
      expectGolden(`all.${EXTENSION[format]}`, renderReports(allReports, format));
    });
  }
});
