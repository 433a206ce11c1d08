import { parse } from 'csv-parse/sync';

/** The delimiters a CSV input may use, in the order ties are broken. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

export interface CsvHeader {
  delimiter: string;
  headers: string[];
}

/**
 * Reads the header record of CSV text (the decoded start of the file): the delimiter is the candidate
 * among `, ; TAB |` found most often outside quotes on the header line (a comma when none is), and the
 * header fields are parsed with it. Returns undefined when the text has no header line at all.
 *
 * @example
 * readCsvHeader('"Họ, chữ đệm và tên";Ngày sinh\r\n...') // { delimiter: ';', headers: ['Họ, chữ đệm và tên', 'Ngày sinh'] }
 */
export function readCsvHeader(text: string): CsvHeader | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const line = firstRecordText(body);
  if (line.trim() === '') return undefined;
  const delimiter = detectDelimiter(line);
  const records = parse(line, { delimiter, relax_quotes: true, relax_column_count: true, bom: true }) as string[][];
  const headers = records[0] ?? [];
  return { delimiter, headers };
}

/**
 * Counts each candidate delimiter outside quotes and picks the most frequent.
 *
 * @example
 * detectDelimiter('a|b|"c|d"|e') // '|'
 */
export function detectDelimiter(line: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = DELIMITERS[0];
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** The text of the first record: up to the first line break outside quotes. */
function firstRecordText(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) return text.slice(0, i);
  }
  return text;
}
