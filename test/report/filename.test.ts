import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/engine/types';
import { reportFileName } from '../../src/report/filename';

const at = new Date(2026, 10, 22, 12, 0, 0);

function named(location: string, kind: AuditReport['source']['kind'] = 'url'): AuditReport {
  return {
    schemaVersion: 1,
    source: { kind, location, title: null, characters: 0 },
    auditedAt: '2026-11-22T12:00:00.000Z',
    score: 0,
    checks: [],
    warnings: [],
    cookies: null,
  };
}

describe('reportFileName', () => {
  it('uses the site host for a URL or page', () => {
    expect(reportFileName(named('https://www.example.co.uk/legal/privacy?x=1#top'), 'md', at)).toBe(
      'privacy-audit_example.co.uk_2026-11-22.md',
    );
    expect(reportFileName(named('http://user:pw@Shop.Example.com:8080/p', 'page'), 'html', at)).toBe(
      'privacy-audit_shop.example.com_2026-11-22.html',
    );
  });

  it('uses the base name for a file, without its extension', () => {
    expect(reportFileName(named('samples/acme privacy (v2).txt', 'file'), 'csv', at)).toBe(
      'privacy-audit_acme-privacy-v2_2026-11-22.csv',
    );
    expect(reportFileName(named('C:\\docs\\notice.html', 'file'), 'text', at)).toBe(
      'privacy-audit_notice_2026-11-22.txt',
    );
    expect(reportFileName(named('file:///tmp/policy.htm', 'url'), 'json', at)).toBe(
      'privacy-audit_policy_2026-11-22.json',
    );
  });

  it('never lets hostile text into the name', () => {
    expect(reportFileName(named('../../etc/<passwd>', 'file'), 'jsonl', at)).toBe(
      'privacy-audit_passwd_2026-11-22.jsonl',
    );
    expect(reportFileName(named('', 'page'), 'md', at)).toBe('privacy-audit_notice_2026-11-22.md');
  });
});
