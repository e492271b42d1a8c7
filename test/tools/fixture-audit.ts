// Held-out notice fixtures (test/fixtures/notices): load each notice beside its
// hand labels, audit it as of the labelling date, and compare. Shared by
// test/fixtures.test.ts and test/tools/fixture-accuracy.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractReadableText } from '../../src/dom/extract';
import { runAudit } from '../../src/engine/audit';
import { createPolicyDocument, type PolicyDocument } from '../../src/engine/document';
import type { AuditReport, Evidence, Status } from '../../src/engine/types';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/notices/', import.meta.url));
/** The labels' warnings (`stale`) were judged as of this date. */
export const AUDIT_DATE = new Date('2026-11-22T12:00:00Z');

export const CHECK_IDS = [
  'controller-identity',
  'lawful-basis',
  'retention',
  'rights',
  'ico-complaint',
  'international-transfers',
  'dpo-contact',
  'purposes',
  'legitimate-interests',
  'recipients',
  'withdraw-consent',
  'data-categories',
  'data-source',
  'statutory-contractual',
  'controller-complaint',
  'automated-decisions',
  'uk-representative',
  'cookies',
] as const;
export const CORE_IDS: readonly string[] = CHECK_IDS.slice(0, 6);
/** The warnings a notice alone can trigger (the cookie ones need cookie data). */
export const LABELLED_WARNINGS = ['outdated-law', 'invalid-transfer-mechanism', 'no-date', 'stale'] as const;
const STATUSES: readonly Status[] = ['met', 'partial', 'missing', 'not-applicable'];

export interface Expectation {
  checks: Record<string, Status>;
  warnings: string[];
  notes?: Record<string, string>;
}

export interface Fixture {
  /** File name without extension, e.g. "brightwater-larder". */
  name: string;
  /** File name, e.g. "brightwater-larder.txt"; also the report's source location. */
  file: string;
  path: string;
  expected: Expectation;
}

export interface FixtureAudit {
  doc: PolicyDocument;
  report: AuditReport;
}

/** A labelled check or warning the engine got wrong. */
export interface Mismatch {
  id: string;
  want: string;
  got: string;
  /** The engine's evidence for what it found (empty when it found nothing). */
  evidence: Evidence[];
  note: string | null;
  reason: string | null;
}

export function listFixtures(dir = FIXTURE_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort()
    .map((file) => {
      const name = file.replace(/\.[^.]+$/, '');
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expectation;
      return { name, file, path: join(dir, file), expected };
    });
}

/** Problems with a label file itself (not with the engine). */
export function validateExpectation(expected: Expectation): string[] {
  const problems: string[] = [];
  const ids = Object.keys(expected.checks ?? {});
  for (const id of CHECK_IDS) if (!ids.includes(id)) problems.push(`no label for check ${id}`);
  for (const id of ids) if (!(CHECK_IDS as readonly string[]).includes(id)) problems.push(`unknown check ${id}`);
  for (const [id, s] of Object.entries(expected.checks ?? {}))
    if (!STATUSES.includes(s)) problems.push(`${id}: unknown status ${s}`);
  for (const w of expected.warnings ?? [])
    if (!(LABELLED_WARNINGS as readonly string[]).includes(w)) problems.push(`unknown warning ${w}`);
  return problems;
}

/** Builds the document the way the CLI / extension would, then audits it. */
export function auditFixture(fixture: Fixture): FixtureAudit {
  const raw = readFileSync(fixture.path, 'utf8');
  let doc: PolicyDocument;
  if (fixture.file.endsWith('.txt')) {
    doc = createPolicyDocument({ text: raw });
  } else {
    const { document } = parseHTML(raw);
    const { text, blocks, title } = extractReadableText(document as unknown as Document);
    doc = createPolicyDocument({ text, title, blocks });
  }
  const report = runAudit(doc, { source: { kind: 'file', location: fixture.file }, now: AUDIT_DATE });
  return { doc, report };
}

/** Every labelled check whose status differs, then every warning fired-but-unlisted or listed-but-silent. */
export function compareFixture(fixture: Fixture, report: AuditReport): Mismatch[] {
  const out: Mismatch[] = [];
  const notes = fixture.expected.notes ?? {};
  const got = new Map(report.checks.map((c) => [c.id as string, c]));
  for (const id of CHECK_IDS) {
    const want = fixture.expected.checks[id] ?? '(unlabelled)';
    const c = got.get(id);
    const status = c?.status ?? '(absent)';
    if (status !== want)
      out.push({
        id,
        want,
        got: status,
        evidence: c?.evidence ?? [],
        note: notes[id] ?? null,
        reason: c?.reason ?? null,
      });
  }
  for (const c of report.checks)
    if (!(CHECK_IDS as readonly string[]).includes(c.id))
      out.push({
        id: c.id,
        want: '(not in catalogue)',
        got: c.status,
        evidence: c.evidence,
        note: null,
        reason: c.reason,
      });
  const wantWarnings = new Set(fixture.expected.warnings);
  const gotWarnings = new Map(report.warnings.map((w) => [w.id as string, w]));
  for (const [id, w] of gotWarnings)
    if (!wantWarnings.has(id))
      out.push({
        id: `warning ${id}`,
        want: 'silent',
        got: 'fires',
        evidence: w.evidence,
        note: notes.warnings ?? null,
        reason: w.message,
      });
  for (const id of wantWarnings)
    if (!gotWarnings.has(id))
      out.push({
        id: `warning ${id}`,
        want: 'fires',
        got: 'silent',
        evidence: [],
        note: notes.warnings ?? null,
        reason: null,
      });
  return out;
}

/** Evidence that is not an exact slice of the text, and met/partial findings without evidence. */
export function checkEvidence(doc: PolicyDocument, report: AuditReport): string[] {
  const problems: string[] = [];
  const quotes = [
    ...report.checks.map((c) => ({ owner: c.id as string, evidence: c.evidence })),
    ...report.warnings.map((w) => ({ owner: `warning ${w.id}`, evidence: w.evidence })),
  ];
  for (const { owner, evidence } of quotes)
    for (const e of evidence)
      if (doc.text.slice(e.start, e.end) !== e.text)
        problems.push(
          `${owner}: [${e.start},${e.end}) quotes ${JSON.stringify(clip(e.text))} but the text there is ${JSON.stringify(clip(doc.text.slice(e.start, e.end)))}`,
        );
  for (const c of report.checks)
    if ((c.status === 'met' || c.status === 'partial') && c.evidence.length === 0)
      problems.push(`${c.id}: ${c.status} without evidence`);
  return problems;
}

export function formatMismatches(fixture: Fixture, mismatches: Mismatch[]): string {
  const lines = [`${fixture.file}: ${mismatches.length} mismatch(es) against ${fixture.name}.expected.json`];
  for (const m of mismatches) {
    lines.push(`  ${m.id.padEnd(32)} want ${m.want.padEnd(15)} got ${m.got}`);
    if (m.reason) lines.push(`      engine: ${m.reason}`);
    if (m.note) lines.push(`      label:  ${m.note}`);
    for (const e of m.evidence.slice(0, 3)) lines.push(`      [${e.start}] ${JSON.stringify(clip(e.text))}`);
  }
  return lines.join('\n');
}

function clip(s: string, max = 180): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
