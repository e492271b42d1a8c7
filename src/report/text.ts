// The terminal checklist: header with score and band, one entry per check,
// then warnings. ANSI colour only when asked for; page text is always cleaned
// of control characters so a notice cannot write escape codes to the terminal.
import type { AuditReport, CheckResult, ObservedCookieResult, Status, Warning } from '../engine/types';
import {
  cleanInline,
  cookieCounts,
  countStatuses,
  describeConsent,
  describeSourceKind,
  displayScore,
  displayTitle,
  findWarningTitle,
  formatAuditDate,
  formatCookieExpiry,
  formatCounts,
  isAuditable,
  isCore,
  orderCookies,
  quoteText,
  scoreBand,
  sectionName,
} from './common';

const QUOTE_MAX = 160;
const WIDTH = 100;
const INDENT = '    ';

const MARK: Record<Status, string> = { met: '✓', partial: '◐', missing: '✗', 'not-applicable': '–' };

interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  status(status: Status, text: string): string;
  band(score: number, text: string): string;
  warn(text: string): string;
}

const ESC = '\u001b[';
const sgr = (code: string) => (text: string) => `${ESC}${code}m${text}${ESC}0m`;
const ANSI = { bold: sgr('1'), dim: sgr('2'), red: sgr('31'), green: sgr('32'), yellow: sgr('33') };
const STATUS_COLOUR: Record<Status, (t: string) => string> = {
  met: ANSI.green,
  partial: ANSI.yellow,
  missing: ANSI.red,
  'not-applicable': ANSI.dim,
};

const COLOUR: Paint = {
  bold: ANSI.bold,
  dim: ANSI.dim,
  status: (status, text) => STATUS_COLOUR[status](text),
  band: (score, text) => (score >= 80 ? ANSI.green : score >= 50 ? ANSI.yellow : ANSI.red)(text),
  warn: ANSI.yellow,
};
const identity = (text: string) => text;
const PLAIN: Paint = { bold: identity, dim: identity, status: (_s, t) => t, band: (_s, t) => t, warn: identity };

export function renderText(reports: readonly AuditReport[], options: { color?: boolean } = {}): string {
  const paint = options.color ? COLOUR : PLAIN;
  return reports.map((report) => renderOne(report, paint)).join(`\n${'═'.repeat(WIDTH)}\n\n`);
}

function renderOne(report: AuditReport, paint: Paint): string {
  const lines: string[] = [];
  lines.push(paint.bold('Privacy notice audit'));
  lines.push(`Source:   ${cleanInline(report.source.location)} (${describeSourceKind(report)})`);
  if (report.source.title) lines.push(`Title:    ${cleanInline(report.source.title)}`);
  lines.push(`Audited:  ${formatAuditDate(report.auditedAt)}`);

  if (!isAuditable(report)) {
    lines.push('', `Not audited: ${cleanInline(report.verdict?.message ?? 'this input could not be audited.')}`);
    return `${lines.join('\n')}\n`;
  }

  const score = displayScore(report);
  lines.push(`Score:    ${paint.band(score, paint.bold(`${score}/100 ${scoreBand(score)}`))}`);
  lines.push(`Checks:   ${formatCounts(countStatuses(report.checks))}`);

  for (const [heading, group] of [
    ['Core checks', report.checks.filter(isCore)],
    ['Extended checks', report.checks.filter((c) => !isCore(c))],
  ] as const) {
    if (group.length === 0) continue;
    lines.push('', paint.bold(heading));
    for (const check of group) lines.push(...renderCheck(check, paint));
  }

  if (report.warnings.length > 0) {
    lines.push('', paint.bold(`Warnings (${report.warnings.length})`));
    for (const warning of report.warnings) lines.push(...renderWarning(warning, paint));
  }

  const cookies = report.cookies?.cookies;
  if (cookies && cookies.length > 0) lines.push('', paint.bold('Cookies'), ...renderCookies(cookies, paint));
  return `${lines.join('\n')}\n`;
}

const MAX_COOKIE_LINES = 20;

/** Two lines per cookie, most intrusive first: ✗ when the notice does not mention it. */
function renderCookies(cookies: readonly ObservedCookieResult[], paint: Paint): string[] {
  const lines = [`  ${cookieCounts(cookies)}`];
  const ordered = orderCookies(cookies);
  for (const c of ordered.slice(0, MAX_COOKIE_LINES)) {
    const consent = describeConsent(c);
    const mark = c.disclosed ? paint.status('met', '✓') : paint.status('missing', '✗');
    const what = `${c.category}, ${c.vendor ? cleanInline(c.vendor) : 'vendor unknown'}`;
    const facts = [
      `${c.party} party`,
      cleanInline(c.domain),
      c.expires ? `expires ${formatCookieExpiry(c)}` : c.expiryUnknown ? 'expiry unknown' : 'session',
      c.disclosed ? '' : 'not in the notice',
      consent ? `before consent: ${consent}` : '',
    ].filter(Boolean);
    lines.push(`  ${mark} ${cleanInline(c.name)} (${what})`, ...wrap(facts.join(' · '), INDENT).map(paint.dim));
  }
  if (ordered.length > MAX_COOKIE_LINES) lines.push(`  … and ${ordered.length - MAX_COOKIE_LINES} more`);
  return lines;
}

function renderCheck(check: CheckResult, paint: Paint): string[] {
  const tags = [isCore(check) ? `core ×${check.weight}` : '', check.error ? 'check failed' : ''].filter(Boolean);
  const tag = tags.length ? ` ${paint.dim(`[${tags.join(', ')}]`)}` : '';
  const title = cleanInline(displayTitle(check));
  const lines = [
    `  ${paint.status(check.status, MARK[check.status])} ${check.status === 'met' ? title : paint.status(check.status, title)}${tag}`,
  ];
  if (check.reason) lines.push(...wrap(cleanInline(check.reason), INDENT));
  const evidence = check.evidence[0];
  if (evidence) {
    const section = sectionName(evidence);
    lines.push(...wrap(`“${quoteText(evidence, QUOTE_MAX)}”${section ? ` — ${section}` : ''}`, INDENT).map(paint.dim));
  }
  return lines;
}

function renderWarning(warning: Warning, paint: Paint): string[] {
  const lines = [`  ${paint.warn('!')} ${paint.warn(findWarningTitle(warning))}`];
  lines.push(...wrap(cleanInline(warning.message), INDENT));
  const evidence = warning.evidence[0];
  if (evidence) {
    const section = sectionName(evidence);
    lines.push(...wrap(`“${quoteText(evidence, QUOTE_MAX)}”${section ? ` — ${section}` : ''}`, INDENT).map(paint.dim));
  }
  return lines;
}

/** Word-wraps one line of text to WIDTH, every line indented. */
function wrap(text: string, indent: string): string[] {
  const room = WIDTH - indent.length;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}
