import { describe, expect, it, vi } from 'vitest';
import { renderGapSummary } from '../../src/report';
import { hostileReport, notAuditableReport, sampleReport } from './fixtures/reports';

vi.mock('../../src/checks', async () => ({ checks: (await import('./fixtures/registry')).checks }));
vi.mock('../../src/warnings', async () => ({ warnings: (await import('./fixtures/registry')).warnings }));

describe('renderGapSummary', () => {
  it('lists missing then partial gaps with their legal source, then warnings', () => {
    const text = renderGapSummary(sampleReport);
    expect(text).toContain(
      'Missing (4):\n- No right to complain to the ICO (UK GDPR Art 13(2)(d)): The notice gives no route',
    );
    expect(text.indexOf('Partly covered (5):')).toBeGreaterThan(text.indexOf('Missing (4):'));
    expect(text).toContain('Warnings (2):\n- Outdated law cited: ');
    expect(text).not.toContain('Controller identified');
  });

  it('is plain text even from hostile input', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
    expect(renderGapSummary(hostileReport)).not.toMatch(/[\u0000-\u0008\u001b\u202e]/);
  });

  it('says why an input was not audited', () => {
    expect(renderGapSummary(notAuditableReport)).toContain('Not audited: This text does not appear');
  });
});
