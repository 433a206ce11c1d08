import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytes, encodeText, type LegacyEncoding } from '../../src/vn/encoding/codec.js';
import { detectEncoding } from '../../src/vn/encoding/detect.js';
import { repairMisdecoded } from '../../src/vn/encoding/repair.js';
import { createTranscoder, transcodeFileToUtf8 } from '../../src/vn/encoding/transcode.js';
import { decodeViqr } from '../../src/vn/encoding/viqr.js';
import { canonicalName, foldText } from '../../src/vn/text.js';
import { syllable, vietnameseName, vietnameseText } from './arbitraries.js';

const LEGACY: LegacyEncoding[] = ['cp1258', 'tcvn3', 'vni', 'viqr'];
const asCp1252 = (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), 'windows-1252');

describe('encodeText / decodeBytes', () => {
  it.each([
    ['tcvn3', 'Nguyễn Văn An', 'NguyÔn V¨n An'],
    ['vni', 'Nguyễn Văn An', 'Nguyeãn Vaên An'],
    ['vni', 'Trần Thị Ánh Tuyết', 'Traàn Thò AÙnh Tuyeát'],
    ['vni', 'Mỹ Ỷ', 'Myõ YÛ'],
    ['tcvn3', 'Đặng Thị Hòa', '§Æng ThÞ Hßa'],
  ] as const)('%s: %j is %j in Windows-1252', (encoding, text, shown) => {
    expect(asCp1252(encodeText(text, encoding))).toBe(shown);
    expect(decodeBytes(encodeText(text, encoding), encoding)).toBe(text);
  });

  it('writes VIQR mnemonics and cp1258 combining tones', () => {
    expect(new TextDecoder().decode(encodeText('Nguyễn Thị Đào', 'viqr'))).toBe('Nguye^~n Thi. DDa`o');
    expect([...encodeText('Nguyễn', 'cp1258')]).toEqual([0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e]);
  });

  it('round-trips Vietnamese names and text through every legacy encoding', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseName, vietnameseText), fc.constantFrom(...LEGACY), (text, encoding) => {
        const back = decodeBytes(encodeText(text, encoding), encoding);
        // TCVN3 has no toned capitals: they return in lower case inside Title Case words
        return encoding === 'tcvn3' ? back.toLowerCase() === text.toLowerCase() && canonicalName(back) === canonicalName(text) : back === text;
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips names in capitals through TCVN3 exactly', () => {
    fc.assert(fc.property(vietnameseName, (n) => {
      const upper = n.toUpperCase();
      const words = upper.split(' ');
      const back = decodeBytes(encodeText(upper, 'tcvn3'), 'tcvn3').split(' ');
      // a word whose only capital letter is its first cannot be told from Title Case ("LÝ" / "Lý")
      return back.every((w, i) => w === words[i] || (w.toUpperCase() === words[i] && [...words[i]].filter((c) => /[A-Z]/.test(c)).length <= 1));
    }));
  });

  it('decodes NFD input of cp1258 (tone as a separate byte) to NFC', () => {
    expect(decodeBytes(Uint8Array.from([0x48, 0x6f, 0x61, 0xcc]), 'cp1258')).toBe('Hoà');
  });

  it('decodes UTF-8 and UTF-16 with and without BOM', () => {
    const text = 'Nguyễn Thị Ánh\n';
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'utf8-bom')).toBe(text);
    expect(decodeBytes(iconv.encode(text, 'utf16le', { addBOM: true }), 'utf16le')).toBe(text);
    expect(decodeBytes(iconv.encode(text, 'utf16be'), 'utf16be')).toBe(text);
    expect(decodeBytes(new TextEncoder().encode(text.normalize('NFD')), 'utf8')).toBe(text);
  });
});

describe('decodeViqr', () => {
  it.each([
    ['Nguye^~n Va(n An', 'Nguyễn Văn An'],
    ['Le^ Thi. Ho`a', 'Lê Thị Hòa'],
    ['DDa(ng Ddi.nh', 'Đăng Định'],
    ['Hello. World?', 'Hello. World?'], // "." and "?" after a word that cannot take a tone stay punctuation
    ['Tra^`n Thi. A\\.', 'Trần Thị A.'], // escaped
    ['address', 'address'], // "dd" only starts a word
  ])('%j -> %j', (viqr, text) => {
    expect(decodeViqr(viqr)).toBe(text);
  });
});

/** A realistic registry CSV sample: header, names, dates, places, sex. */
function csvSample(names: string[]): string {
  const places = ['Phường 1, TP Bạc Liêu', 'Xã Vĩnh Trạch Đông', 'Thị trấn Gành Hào, Đông Hải', 'Xã Minh Diệu, Hòa Bình', 'Thị trấn Ngan Dừa'];
  const rows = names.map((n, i) => `R${1000 + i},${n},${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/19${60 + (i % 40)},${i % 2 ? 'Nữ' : 'Nam'},"${places[i % places.length]}",Kinh`);
  return ['record_id,Họ và tên,Ngày sinh,Giới tính,Nơi sinh,Dân tộc', ...rows].join('\r\n') + '\r\n';
}

describe('detectEncoding', () => {
  it('recognises each encoding on realistic CSV samples', () => {
    fc.assert(
      fc.property(fc.array(vietnameseName, { minLength: 5, maxLength: 40 }), fc.constantFrom<LegacyEncoding>('cp1258', 'tcvn3', 'vni', 'viqr'), (names, encoding) => {
        const detected = detectEncoding(encodeText(csvSample(names), encoding));
        return detected.encoding === encoding && detected.confidence >= 0.5;
      }),
      { numRuns: 60 },
    );
  });

  it('recognises UTF-8, BOMs and UTF-16', () => {
    const text = csvSample(['Nguyễn Văn An', 'Trần Thị Ánh', 'Lê Hoàng Long']);
    const utf8 = new TextEncoder().encode(text);
    expect(detectEncoding(utf8)).toEqual({ encoding: 'utf8', confidence: 1 });
    expect(detectEncoding(new TextEncoder().encode(text.normalize('NFD'))).encoding).toBe('utf8');
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])).encoding).toBe('utf8-bom');
    expect(detectEncoding(iconv.encode(text, 'utf16le', { addBOM: true })).encoding).toBe('utf16le');
    expect(detectEncoding(iconv.encode(text, 'utf16le')).encoding).toBe('utf16le');
    expect(detectEncoding(iconv.encode(text, 'utf16be')).encoding).toBe('utf16be');
  });

  it('calls plain ASCII UTF-8, and VIQR only when mnemonics are plainly there', () => {
    expect(detectEncoding(new TextEncoder().encode('record_id,name\nR1,Nguyen Van A.\nR2,Tran Thi B?\n')).encoding).toBe('utf8');
    expect(detectEncoding(new TextEncoder().encode(foldText(csvSample(['Nguyễn Văn An', 'Lê Thị Hoa']))))).toEqual({ encoding: 'utf8', confidence: 1 });
  });

  it('is not fooled by a sample cut in the middle of a UTF-8 letter', () => {
    const bytes = new TextEncoder().encode(csvSample(['Nguyễn Văn An', 'Trần Thị Ánh']));
    const cut = bytes.lastIndexOf(0xe1) + 1; // inside a three-byte letter
    expect(detectEncoding(bytes.subarray(0, cut)).encoding).toBe('utf8');
  });
});

describe('repairMisdecoded', () => {
  it.each([
    ['NguyÔn V¨n An', 'Nguyễn Văn An', 'tcvn3'],
    ['TrÇn ThÞ ¸nh TuyÕt', 'Trần Thị ánh Tuyết', 'tcvn3'],
    ['Lª Hoµng Long', 'Lê Hoàng Long', 'tcvn3'],
    ['Nguyeãn Vaên An', 'Nguyễn Văn An', 'vni'],
    ['Huyønh Ngoïc Hoøa', 'Huỳnh Ngọc Hòa', 'vni'],
    ['Ñoã Thò Myõ', 'Đỗ Thị Mỹ', 'vni'],
    ['Nguyá»…n VÄƒn An', 'Nguyễn Văn An', 'utf8-as-latin1'],
    ['ThĂ´ng', 'Thông', 'utf8-as-latin1'], // UTF-8 read as ISO-8859-2, as in the name lists
    ['HÃ\u00a0 Loan', 'Hà Loan', 'utf8-as-latin1'], // "à" is C3 A0: the A0 shows as a no-break space
    ['Ä\u0090áº·ng VÄƒn', 'Đặng Văn', 'utf8-as-latin1'], // byte 90 kept as a C1 control
    ['Ä\ufffdáº·ng VÄƒn', 'Đặng Văn', 'utf8-as-latin1'], // byte 90 lost as U+FFFD: only "Đ" fits
    ['Nguye^~n Va(n An', 'Nguyễn Văn An', 'viqr'],
    ['Le Thi. Hoa', 'Le Thị Hoa', 'viqr'],
    // a VNI surname beside correct words; "Löu" also reads as TCVN3 "Lửu": the name word wins
    ['Löu Thị Thu', 'Lưu Thị Thu', 'vni'],
    ['Toâ Văn Tâm', 'Tô Văn Tâm', 'vni'],
    ['Ñõa Tú Ngọc', 'Đỗ Tú Ngọc', 'vni'], // the tone moved off VNI's "oã"
  ])('%j -> %j (%s)', (field, text, from) => {
    expect(repairMisdecoded(field)).toEqual({ text, repairedFrom: from });
  });

  it.each(['Phan öng', 'Trá»\ufffdng', 'Nguyễn Văn An', 'Võ Thành Tâm', 'Hà Văn Hòa', 'Nguyen Van A.', 'Tran Thi B', "H'Hen Niê", 'Krông Pa', 'Ðặng Văn Ðức', 'Nguyễnn', '', 'R2 / 2019'])(
    'leaves %j unchanged',
    (field) => {
      expect(repairMisdecoded(field)).toEqual({ text: field, repairedFrom: null });
    },
  );

  it('never touches correct Vietnamese or its ASCII fold', () => {
    fc.assert(fc.property(fc.oneof(vietnameseName, vietnameseText), (s) => {
      const nfc = repairMisdecoded(s);
      const nfd = repairMisdecoded(s.normalize('NFD'));
      const ascii = repairMisdecoded(foldText(s));
      return nfc.repairedFrom === null && nfc.text === s && nfd.repairedFrom === null && ascii.repairedFrom === null;
    }), { numRuns: 1000 });
  });

  it('never repairs a word into a wrong one, and repairs most mis-decoded names', () => {
    const damage: Record<string, (n: string) => string> = {
      tcvn3: (n) => asCp1252(encodeText(n, 'tcvn3')),
      vni: (n) => asCp1252(encodeText(n, 'vni')),
      'utf8-as-latin1': (n) => iconv.decode(Buffer.from(n), 'windows-1252'),
      viqr: (n) => new TextDecoder().decode(encodeText(n, 'viqr')),
    };
    let repaired = 0;
    let total = 0;
    fc.assert(fc.property(vietnameseName, fc.constantFrom(...Object.keys(damage)), (name, how) => {
      const field = damage[how](name);
      const r = repairMisdecoded(field);
      total++;
      if (r.repairedFrom === null) return r.text === field;
      repaired += r.repairedFrom === how && canonicalName(r.text) === canonicalName(name) ? 1 : 0;
      // a word may be left as it was when it is a possible name word on its own ("Hoà" in VNI "Hoà
      // Loäc" is "Hồ", but "Hoà Lộc" is a name too): no word is ever changed into a wrong one
      const got = canonicalName(r.text).split(' ');
      const want = canonicalName(name).split(' ');
      const was = canonicalName(field).split(' ');
      return r.repairedFrom === how && got.length === want.length && got.every((w, i) => w === want[i] || w === was[i]);
    }), { numRuns: 1000 });
    // fields that are still valid Vietnamese after damage ("Tú" in TCVN3 reads "Tó") stay as they are
    expect(repaired / total).toBeGreaterThan(0.85);
  });
});

describe('transcoding a file to UTF-8', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doichieu-vn-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const text = csvSample(['Nguyễn Văn An', 'Trần Thị Ánh Tuyết', 'Huỳnh Ngọc Hòa', 'Thạch Thị Sa Rây', 'Lý Thị Mỹ Lìn', 'Đặng Quốc Việt']);

  async function transcodeInChunks(bytes: Uint8Array, encoding: Parameters<typeof createTranscoder>[0], size: number): Promise<string> {
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(Buffer.from(bytes.subarray(i, i + size)));
    const out: Buffer[] = [];
    const t = createTranscoder(encoding);
    await new Promise<void>((resolve, reject) => {
      Readable.from(chunks).pipe(t).on('data', (b: Buffer) => out.push(b)).on('end', resolve).on('error', reject);
    });
    return Buffer.concat(out).toString('utf8');
  }

  it('gives the same text whatever the chunk boundaries (two-byte VNI letters, cp1258 tones, UTF-16 pairs)', async () => {
    const inputs = {
      vni: encodeText(text, 'vni'),
      tcvn3: encodeText(text, 'tcvn3'),
      cp1258: encodeText(text, 'cp1258'),
      viqr: encodeText(text, 'viqr'),
      utf16le: iconv.encode(text, 'utf16le', { addBOM: true }),
      utf16be: iconv.encode(text, 'utf16be'),
      'utf8-bom': Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
    } as const;
    for (const [encoding, bytes] of Object.entries(inputs)) {
      const expected = encoding === 'tcvn3' ? decodeBytes(bytes, 'tcvn3') : text;
      for (const size of [1, 2, 3, 7, 64]) expect([encoding, size, await transcodeInChunks(bytes, encoding as keyof typeof inputs, size)]).toEqual([encoding, size, expected]);
    }
  });

  it('streams a file and counts the bytes', async () => {
    const input = join(dir, 'vni.csv');
    const output = join(dir, 'utf8.csv');
    const bytes = encodeText(text.repeat(50), 'vni');
    writeFileSync(input, bytes);
    const result = await transcodeFileToUtf8(input, output, 'vni');
    expect(readFileSync(output, 'utf8')).toBe(text.repeat(50));
    expect(result).toEqual({ bytesIn: bytes.length, bytesOut: Buffer.byteLength(text.repeat(50)) });
  });
});

describe('syllable generator sanity', () => {
  it('produces words every legacy encoding can carry', () => {
    fc.assert(fc.property(syllable, (w) => LEGACY.every((e) => !asCp1252(encodeText(w, e)).includes('?') || e === 'viqr')));
  });
});
