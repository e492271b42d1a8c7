import { describe, expect, it, vi } from 'vitest';
import { renderReports } from '../../src/report';
import { CSV_COLUMNS, toCsvField } from '../../src/report/csv';
import { allReports, HOSTILE, hostileReport, sampleReport } from './fixtures/reports';

vi.mock('../../src/checks', async () => ({ checks: (await import('./fixtures/registry')).checks }));
vi.mock('../../src/warnings', async () => ({ warnings: (await import('./fixtures/registry')).warnings }));

/** A strict RFC 4180 reader: throws on a stray quote. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < input.length) {
    let field = '';
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= input.length) throw new Error('unterminated quote');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += input[i++];
      }
    } else {
      while (i < input.length && input[i] !== ',' && input[i] !== '\r' && input[i] !== '\n') {
        if (input[i] === '"') throw new Error(`stray quote at ${i}`);
        field += input[i++];
      }
    }
    row.push(field);
    if (input[i] === ',') i++;
    else if (input.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < input.length) throw new Error(`bad line end at ${i}`);
  }
  if (row.length) rows.push(row);
  return rows;
}

describe('csv report', () => {
  const rows = parseCsv(renderReports(allReports, 'csv'));

  it('has a header and one row per check per report (one row for an unaudited input), then one per cookie', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const cookieRows = (sampleReport.cookies?.cookies.length ?? 0) + (hostileReport.cookies?.cookies.length ?? 0);
    expect(rows).toHaveLength(1 + sampleReport.checks.length + hostileReport.checks.length + cookieRows + 1);
    expect(rows.filter((r) => r[2]?.startsWith('cookie:'))).toHaveLength(cookieRows);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(rows.at(-1)?.slice(0, 5)).toEqual(['samples/recette-tarte.txt', '', '', 'Not audited', 'not-audited']);
  });

  it('keeps values with commas, quotes and newlines intact', () => {
    const rights = rows.find((r) => r[0] === hostileReport.source.location && r[2] === 'rights')!;
    expect(rights[8]).toBe(`'${hostileReport.checks[3]!.evidence[0]!.text}`);
    expect(rights[8]).toContain('\nand a newline');
    expect(rights[9]).toBe('300');
    const retention = rows.find((r) => r[0] === sampleReport.source.location && r[2] === 'retention')!;
    expect(retention[6]).toBe(
      'The notice only says data is kept "no longer than necessary" and gives no period or criteria.',
    );
    expect(retention[1]).toBe(String(sampleReport.score));
  });

  it('defuses spreadsheet formulas', () => {
    const cells = rows.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'${HOSTILE.formula}`);
    expect(cells).toContain("'+cmd|' /C calc'!A0");
    expect(cells).toContain("'@SUM(1+1)");
    expect(toCsvField('-2+3')).toBe("'-2+3");
    expect(toCsvField('\t=1')).toBe("'\t=1");
    expect(toCsvField(-1)).toBe('-1');
    expect(toCsvField('a "b", c')).toBe('"a ""b"", c"');
  });
});
