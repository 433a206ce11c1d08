/** Quotes one CSV field when it needs it (comma, quote, line break, or edge spaces). */
function field(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV text (RFC 4180, `\n` line ends) from rows of strings; a plain loop, since worklists run to
 * hundreds of thousands of lines.
 *
 * @example
 * csvText(['a', 'b'], [['1', 'x, y']]); // 'a,b\n1,"x, y"\n'
 */
export function csvText(header: string[], rows: string[][]): string {
  const out: string[] = [header.map(field).join(',')];
  for (const row of rows) out.push(row.map(field).join(','));
  return out.join('\n') + '\n';
}
