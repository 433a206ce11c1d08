import { UserError } from '../../errors.js';
import { decodeBytes, detectEncoding, TEXT_ENCODINGS, type TextEncoding } from '../../vn/encoding/index.js';

const ALIASES: Record<string, TextEncoding> = {
  utf8: 'utf8', utf8bom: 'utf8-bom', utf16: 'utf16le', utf16le: 'utf16le', utf16be: 'utf16be', ucs2: 'utf16le',
  cp1258: 'cp1258', windows1258: 'cp1258', win1258: 'cp1258', tcvn3: 'tcvn3', tcvn: 'tcvn3', abc: 'tcvn3', vni: 'vni', viqr: 'viqr',
};

/**
 * The encoding to read a CSV file with: the forced one (any usual spelling: "UTF-8", "windows-1258",
 * "TCVN3"/"ABC", "VNI"), else what `detectEncoding` finds in its first bytes.
 *
 * @example
 * chooseEncoding('a.csv', head, 'Windows-1258') // { encoding: 'cp1258', forced: true }
 */
export function chooseEncoding(path: string, head: Uint8Array, forced?: string): { encoding: TextEncoding; forced: boolean } {
  if (forced) {
    const encoding = ALIASES[forced.toLowerCase().replace(/[-_\s]/g, '')];
    if (!encoding) throw new UserError(`${path}: unknown encoding "${forced}" (use one of ${TEXT_ENCODINGS.join(', ')})`);
    // A forced UTF-8 still honours a byte-order mark.
    if (encoding === 'utf8' && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8-bom', forced: true };
    return { encoding, forced: true };
  }
  return { encoding: detectEncoding(head).encoding, forced: false };
}

/** True when DuckDB can read the file's bytes as they are. */
export function isUtf8(encoding: TextEncoding): boolean {
  return encoding === 'utf8' || encoding === 'utf8-bom';
}

/**
 * Decodes the first bytes of a file (to read its header). A character cut at the end of the sample
 * only spoils the end of the sample, never the header line.
 *
 * @example
 * decodeHead(Buffer.from('Họ và tên,Ngày sinh\n'), 'utf8') // 'Họ và tên,Ngày sinh\n'
 */
export function decodeHead(head: Uint8Array, encoding: TextEncoding): string {
  return decodeBytes(head, encoding);
}
