import { describe, expect, it, vi } from 'vitest';
import { renderReports } from '../../src/report';
import { hostileReport, notAuditableReport, sampleReport } from './fixtures/reports';

vi.mock('../../src/checks', async () => ({ checks: (await import('./fixtures/registry')).checks }));
vi.mock('../../src/warnings', async () => ({ warnings: (await import('./fixtures/registry')).warnings }));

describe('text report', () => {
  it('has no escape codes unless colour is asked for, and never any from the page', () => {
    expect(renderReports([sampleReport], 'text')).not.toContain('\u001b');
    expect(renderReports([hostileReport], 'text')).not.toContain('\u001b');
    expect(renderReports([sampleReport], 'text', { color: true })).toContain('\u001b[32m✓\u001b[0m');
    const coloured = renderReports([hostileReport], 'text', { color: true });
    expect(coloured).not.toContain('\u001b[31mRED');
  });

  it('heads with score and band and marks each check', () => {
    const text = renderReports([sampleReport], 'text');
    expect(text).toContain(`Score:    ${sampleReport.score}/100 needs work`);
    expect(text).toContain('  ✓ Controller identified with contact details [core ×3]');
    expect(text).toContain('  ◐ No retention period stated [core ×3]');
    expect(text).toContain('  ✗ No right to complain to the ICO [core ×3]');
    expect(text).toContain('  – UK representative named\n');
    expect(text.replace(/\n {4}/g, ' ')).toContain(
      ' “We keep your personal data for no longer than is necessary for the purposes set out in this notice.” — How long we keep it',
    );
    expect(text.indexOf('Warnings (2)')).toBeGreaterThan(text.indexOf('Extended checks'));
  });

  it('truncates long quotes to about 160 characters', () => {
    const long = 'word '.repeat(100).trim();
    const report = {
      ...sampleReport,
      checks: [{ ...sampleReport.checks[0]!, evidence: [{ text: long, start: 0, end: long.length, section: null }] }],
    };
    const quoteLine = renderReports([report], 'text')
      .split('\n')
      .filter((l) => l.includes('word'))
      .join(' ');
    expect(quoteLine).toMatch(/word…”/);
    expect(quoteLine.replace(/\s+/g, ' ').length).toBeLessThan(175);
  });

  it('prints the verdict plainly for an input it could not audit, with no score', () => {
    const text = renderReports([notAuditableReport], 'text');
    expect(text).toContain('Not audited: This text does not appear to be in English.');
    expect(text).not.toContain('Score');
  });
});
