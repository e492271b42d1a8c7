// Dates as notices write them, and the labels that make a date the notice's own
// "last updated" / "effective" / version date rather than any date in the text.
import type { PolicyDocument } from '../document';
import { findAll } from '../text';
import type { Span } from '../types';

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateHit extends Span {
  text: string;
  /** UTC midnight; for a month or a year alone, its last day (the latest it can mean). */
  date: Date;
  precision: DatePrecision;
}

export interface LabelledDate extends DateHit {
  /** The label and the date together, e.g. "Last updated: 1 March 2024". */
  statement: Span;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';

const DATE_FORMS: { pattern: RegExp; read: (m: string[]) => [number, number | null, number | null] | null }[] = [
  // "2024-03-01"
  {
    pattern: new RegExp(`\\b(${YEAR})-(\\d{1,2})-(\\d{1,2})\\b`),
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  // "01/03/2024", "1.3.24", "16-3-2025": UK day-first unless the second part cannot be a month
  {
    pattern: /\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)?\d{2})\b/,
    read: (m) => {
      let day = Number(m[1]);
      let month = Number(m[3]);
      if (month > 12 && day <= 12) [day, month] = [month, day];
      const year = Number(m[4]);
      return [year < 100 ? 2000 + year : year, month, day];
    },
  },
  // "1 March 2024", "1st of March, 2024"
  {
    pattern: new RegExp(`\\b(${DAY})(?: of)? (${MONTH}),? (${YEAR})\\b`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[2]), parseInt(m[1] ?? '', 10)],
  },
  // "March 1st, 2024", "March 1 2024"
  {
    pattern: new RegExp(`\\b(${MONTH}) (${DAY}),? (${YEAR})\\b`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[1]), parseInt(m[2] ?? '', 10)],
  },
  // "March 2024", "Mar. 2024"
  { pattern: new RegExp(`\\b(${MONTH}),? (${YEAR})\\b`, 'i'), read: (m) => [Number(m[2]), monthNumber(m[1]), null] },
];

function monthNumber(name: string | undefined): number | null {
  const prefix = (name ?? '').slice(0, 3).toLowerCase();
  const i = MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === prefix);
  return i >= 0 ? i + 1 : null;
}

function toDate(year: number, month: number | null, day: number | null): Date | null {
  if (month === null) return new Date(Date.UTC(year, 11, 31));
  if (month < 1 || month > 12) return null;
  if (day === null) return new Date(Date.UTC(year, month, 0));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date : null;
}

/** Every calendar date in `text` (offsets shifted by `base`); a span is read once, by its most precise form. */
export function findDates(text: string, base = 0): DateHit[] {
  const hits: DateHit[] = [];
  for (const { pattern, read } of DATE_FORMS) {
    const re = new RegExp(pattern.source, `${pattern.flags}g`);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = base + m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && h.start < end)) continue;
      const parts = read([...m].map((p) => p ?? ''));
      const date = parts && toDate(...parts);
      if (!date) continue;
      hits.push({
        start,
        end,
        text: m[0],
        date,
        precision: parts[2] !== null ? 'day' : parts[1] !== null ? 'month' : 'year',
      });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

// Labels that make the next date the notice's own. Each alternative is a wording
// notices use: "Last updated: 1 March 2024", "This notice was last reviewed in
// February 2022", "Effective date: 2024-03-01", "Version 3 (March 2024)",
// "Version current as of 09.07.2019", "Date of last revision: ...".
const UPDATE_LABEL = new RegExp(
  [
    '\\blast (?:updated|revised|modified|amended|reviewed|changed|edited)\\b',
    '\\b(?:policy|notice|statement|document|page|version|this) (?:was|has been|is) (?:last |most recently |first )?(?:updated|revised|amended|reviewed|published|issued|changed|modified)\\b',
    '\\bdate of (?:the )?(?:last |latest )?(?:update|revision|issue|publication|review)\\b',
    '\\b(?:effective|revision|publication|version|issue) date\\b',
    '\\bdate effective\\b',
    '\\b(?:policy|notice|statement|version|terms|this) (?:is |was |becomes |became |will be |shall be )?effective (?:from|as (?:of|at)|on)\\b',
    '\\bin force (?:from|since|as (?:of|at))\\b',
    '\\bversion\\b|\\bv\\d+(?:\\.\\d+)*\\b',
    '\\bdate\\s*[:–—-]',
    '\\bEffective(?=:? \\d)',
    `\\b(?:updated|revised|amended|reviewed|published|issued)(?= ?(?:on|in|:|-|–|—)? ?(?:\\d|${MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day))`,
    '^[ \\t]*(?:date(?! of birth)|dated|effective(?: from)?)\\b',
  ].join('|'),
  'gim',
);

// "Next review date: March 2026", "will be reviewed in May 2025": a plan, not a revision.
const NOT_A_REVISION =
  /\b(?:next|due|scheduled|will|to) (?:be )?(?:for )?review|\breview(?: due)? date\b|\bwill (?:next )?(?:be )?(?:updated|revised|amended|reviewed)\b|\bexpir/i;

// Only a block holding a year can hold a dated label; most blocks are skipped at once.
const HAS_YEAR = /\b(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b/;

const updateDatesByDoc = new WeakMap<PolicyDocument, LabelledDate[]>();

/** Dates labelled as the notice's last update, effective date or version date, in text order. */
export function findUpdateDates(doc: PolicyDocument): LabelledDate[] {
  const cached = updateDatesByDoc.get(doc);
  if (cached) return cached;
  const { text } = doc;
  const out: LabelledDate[] = [];
  for (const block of doc.blocks) {
    if (!HAS_YEAR.test(block.text)) continue;
    for (const label of findAll(block.text, UPDATE_LABEL, block.start)) {
      const lead = text.slice(Math.max(block.start, label.start - 30), label.start);
      const sameSentence = lead.slice(Math.max(lead.lastIndexOf('\n'), lead.search(/[.!?]\s[^.!?]*$/)) + 1);
      if (NOT_A_REVISION.test(sameSentence + text.slice(label.start, label.end + 5))) continue;
      // The date follows on the same line, a few words on: "Last updated on Tuesday, 1 March 2024".
      const lineEnd = text.indexOf('\n', label.end);
      const windowEnd = Math.min(lineEnd < 0 ? text.length : lineEnd, block.end, label.end + 60);
      const date =
        findDates(text.slice(label.end, windowEnd), label.end)[0] ?? findYearAlone(text, label.end, windowEnd);
      if (!date || out.some((d) => d.start === date.start)) continue;
      out.push({ ...date, statement: { start: label.start, end: date.end } });
    }
  }
  out.sort((a, b) => a.start - b.start);
  updateDatesByDoc.set(doc, out);
  return out;
}

// "Last updated: 2023" gives a year only, right after the label.
function findYearAlone(text: string, from: number, to: number): DateHit | null {
  const m = /^\s*(?:on|in|:|-|–|—)?\s*((?:19|20)\d{2})\b(?![/.-]\d)/.exec(text.slice(from, to));
  if (!m?.[1]) return null;
  const start = from + m[0].length - m[1].length;
  return { start, end: start + 4, text: m[1], date: new Date(Date.UTC(Number(m[1]), 11, 31)), precision: 'year' };
}

/** The latest of the notice's labelled update dates, or null. */
export function latestUpdateDate(doc: PolicyDocument): LabelledDate | null {
  let latest: LabelledDate | null = null;
  for (const d of findUpdateDates(doc)) if (!latest || d.date > latest.date) latest = d;
  return latest;
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months--;
  return months;
}

/** "3 years and 2 months", "11 months". */
export function describeAge(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (years === 0) return plural(rest, 'month');
  return rest === 0 ? plural(years, 'year') : `${plural(years, 'year')} and ${plural(rest, 'month')}`;
}

/** "1 March 2024", or "March 2024" / "2024" for a date given only that precisely. */
export function formatDate(hit: Pick<DateHit, 'date' | 'precision'>): string {
  const month = MONTH_NAMES[hit.date.getUTCMonth()] ?? '';
  const year = hit.date.getUTCFullYear();
  if (hit.precision === 'year') return String(year);
  if (hit.precision === 'month') return `${month} ${year}`;
  return `${hit.date.getUTCDate()} ${month} ${year}`;
}
