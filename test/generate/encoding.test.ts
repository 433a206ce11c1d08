import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalName, decodeBytes, detectEncoding } from '../../src/vn/index.js';
import { VIETNAMESE_HEADERS } from '../../src/vn/headers.js';
import { generate } from '../../src/generate/index.js';
import { lines, parseLine, tempDir } from './helpers.js';

const options = { scale: 300, seed: 5, vietnameseHeaders: true, malformed: 0 };

describe('legacy encodings', () => {
  for (const encoding of ['tcvn3', 'vni', 'cp1258'] as const) {
    it(`writes ${encoding} that decodes back to the same extract`, async () => {
      const [plain, legacy] = [tempDir(), tempDir()];
      await generate({ ...options, out: plain });
      await generate({ ...options, out: legacy, encoding });
      for (const file of ['registry.csv', 'population.csv']) {
        const bytes = readFileSync(join(legacy, file));
        expect(detectEncoding(bytes).encoding).toBe(encoding);
        const decoded = lines('', decodeBytes(bytes, encoding));
        const utf8 = lines(join(plain, file));
        expect(decoded.length).toBe(utf8.length);
        for (let i = 0; i < utf8.length; i++) {
          const a = parseLine(decoded[i])!;
          const b = parseLine(utf8[i])!;
          expect(a.map(canonicalName)).toEqual(b.map(canonicalName));
        }
      }
      // the ground truth differs at most by the variants a legacy encoding cannot carry (NFD, "Ð")
      const truth = (dir: string) => lines(join(dir, 'truth.csv')).map((l) => l.split(',').slice(0, 8).join(','));
      expect(truth(legacy)).toEqual(truth(plain));
    });
  }

  it('writes Vietnamese headers and event type names from the shared dictionary', async () => {
    const dir = tempDir();
    await generate({ ...options, out: dir, splitByEvent: true });
    const header = parseLine(lines(join(dir, 'registry_birth.csv'))[0])!;
    expect(header[0]).toBe(VIETNAMESE_HEADERS.record_id);
    expect(header).toContain('Họ và tên (Cha)');
    expect(header).not.toContain(VIETNAMESE_HEADERS.deceased_full_name);
    expect(parseLine(lines(join(dir, 'registry_birth.csv'))[1])![1]).toBe('Khai sinh');
    expect(parseLine(lines(join(dir, 'registry_death.csv'))[0])).toContain(VIETNAMESE_HEADERS.death_date);
  });
});
