// Dates as notices write them, and the labels that make a date the notice's own
// "last updated" / "effective" / version date rather than any date in the text.
import type { Block, PolicyDocument } from '../document';
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
  for (const date of findVersionTableDates(doc)) if (!out.some((d) => d.start === date.start)) out.push(date);
  out.sort((a, b) => a.start - b.start);
  updateDatesByDoc.set(doc, out);
  return out;
}

// --- Version history tables --------------------------------------------------------------------------------------
// "Version history" / "Document control" above a table whose rows date each version:
//   | Version | Date         | Changes             |      Version   Date           Summary
//   | 2.1     | 3 March 2025 | New retention rules |      2.1       3 March 2025   New retention rules
// In a web page each cell is a block of its own: "Version", "Date", "Changes", "2.1", "3 March 2025", "New...".
const HISTORY_HEADING =
  /\b(?:version|revision|document|amendment|change|update)s? (?:history|log|control|record)\b|\bchange ?log\b/i;
const VERSION_COLUMN =
  /^(?:version|revision|rev\.?|ver\.?|issue|v|version (?:no\.?|number)|(?:version|revision|issue) (?:no\.?|number))$/i;
const DATE_COLUMN =
  /^(?:(?:issue|effective|publication|revision|approval|release|version) )?date(?: (?:of )?(?:issue|effect|publication|revision|approval|release|change))?$|^(?:effective|published|issued|approved|updated|revised|released)(?: (?:date|on|from))?$/i;
// A row beginning with its version number: "2.1", "v3", "Version 4.0".
const VERSION_FIRST = /^[\s|]*(?:v(?:ersion)?\.? ?)?\d+(?:\.\d+)*[a-z]?(?=[\s|]|$)/i;
const CELL_SEPARATOR = /\s*(?:\||\t| {2,})\s*/;
// Every header row, header cell and history heading holds one of these: most blocks are skipped at once.
const TABLE_CUE = /\b(?:version|revision|rev|ver|issue|v|history|log|changelog|control|record)\b/i;
const MAX_CELL_WORDS = 4;
const MAX_ROW_CHARS = 400;
const MAX_TABLE_BLOCKS = 80;

function cellsOf(text: string): string[] {
  return text
    .trim()
    .replace(/^\|+|\|+$/g, '')
    .split(CELL_SEPARATOR)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

const isShortCell = (text: string) => text.trim().split(/\s+/).length <= MAX_CELL_WORDS && !/\d/.test(text);
/** A block that is nothing but a date (a table cell): "14 January 2026". */
const isDateCell = (block: Block) => {
  const dates = findDates(block.text, block.start);
  return dates.length === 1 && block.text.replace(dates[0]?.text ?? '', '').replace(/[\s|.,;:()-]/g, '') === '';
};
/** A row of a table with no header: "2.1 – 3 March 2025: retention clarified", or a date cell. */
const rowDate = (block: Block): DateHit | undefined => {
  if (!isDateCell(block) && !VERSION_FIRST.test(block.text)) return undefined;
  const date = findDates(block.text, block.start)[0];
  return date && date.start - block.start <= 40 ? date : undefined;
};
const isHistoryHeading = (block: Block) =>
  block.text.length <= 60 && !/[.!?]\s*$/.test(block.text) && HISTORY_HEADING.test(block.text);
const isRowHeader = (cells: string[]) =>
  cells.length >= 2 && cells.some((c) => VERSION_COLUMN.test(c)) && cells.some((c) => DATE_COLUMN.test(c));

/** Dates in the rows of every version history table, each row's date column (or its one date) taken. */
function findVersionTableDates(doc: PolicyDocument): LabelledDate[] {
  const out: LabelledDate[] = [];
  const { blocks } = doc;
  const block = (i: number) => blocks[i] as Block;
  const labelled = (rowStart: number, date: DateHit) =>
    out.push({ ...date, statement: { start: rowStart, end: date.end } });
  for (let i = 0; i < blocks.length; i++) {
    if (block(i).text.length > MAX_ROW_CHARS || !TABLE_CUE.test(block(i).text)) continue;
    const end = Math.min(blocks.length, i + 1 + MAX_TABLE_BLOCKS);
    const header = cellsOf(block(i).text);
    if (isRowHeader(header)) {
      // "| Version | Date | Changes |": each following row of cells, read in the date column.
      const column = header.findIndex((c) => DATE_COLUMN.test(c));
      let j = i + 1;
      for (; j < end; j++) {
        const row = block(j);
        const cells = cellsOf(row.text);
        if (cells.length < 2 || row.text.length > MAX_ROW_CHARS) break;
        const cell = cells[column] ?? '';
        const at = cell ? row.text.indexOf(cell) : -1;
        const date = at >= 0 ? findDates(cell, row.start + at)[0] : undefined;
        if (date) labelled(row.start, date);
      }
      i = j - 1;
    } else if (VERSION_COLUMN.test(block(i).text.trim())) {
      // Cells as blocks: the header cells ("Version", "Date", "Changes") give the width of a row, and each row
      // opens with a version or a date.
      let width = 1;
      while (i + width < end && isShortCell(block(i + width).text)) width++;
      const headerCells = blocks.slice(i, i + width).map((b) => b.text.trim());
      const column = headerCells.findIndex((c) => DATE_COLUMN.test(c));
      if (column < 0) continue;
      let j = i + width;
      for (; j < end; j++) {
        const offset = (j - i - width) % width;
        if (offset === 0 && !rowDate(block(j)) && !VERSION_FIRST.test(block(j).text)) break;
        const date = offset === column ? findDates(block(j).text, block(j).start)[0] : undefined;
        if (date) labelled(block(j - column).start, date);
      }
      i = j - 1;
    } else if (isHistoryHeading(block(i))) {
      // "Revision history" over rows with no header: "2.1 – 3 March 2025: retention clarified". A header row or
      // header cells right after it are read above, from the next block.
      const next = blocks[i + 1];
      if (!next || isRowHeader(cellsOf(next.text)) || VERSION_COLUMN.test(next.text.trim())) continue;
      let j = i + 1;
      let rows = 0;
      for (; j < end; j++) {
        const date = rowDate(block(j));
        if (date) {
          labelled(block(j).start, date);
          rows++;
        } else if (rows > 0 || j > i + 2) break;
      }
      i = j - 1;
    }
  }
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
