// How long resolvePlace takes over the distinct place strings of a campaign (a few thousand).
// Run: node --import tsx bench/vn-units-resolve.ts [distinct=5000] [runs=5]
import { resolvePlace, units } from '../src/vn/units/index.js';

const distinct = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 5);

/** Distinct strings as registers write them: full addresses, bare names, old names, 2025 names, provinces. */
function placeStrings(n: number): string[] {
  const data = units();
  const district = (code: string) => data.districtByCode.get(code)!.name;
  const shapes: Array<(i: number) => string> = [
    (i) => { const c = data.communes[i % 64]; return `Ấp ${i % 13}, ${c.name}, ${district(c.districtCode)}, Tỉnh Bạc Liêu`; },
    (i) => { const c = data.communes[i % 64]; return `Khóm ${i % 9}, ${c.name.replace('Phường ', 'P.')}, ${district(c.districtCode).replace('Huyện ', 'H.')}, BL`.toUpperCase(); },
    (i) => { const h = data.history[i % data.history.length]; return `${h.name}, ${h.districtName}, Minh Hải (${i})`; },
    (i) => { const u = data.units2025[i % data.units2025.length]; return `Tổ ${i % 20}, ${u.name}, tỉnh Cà Mau`.normalize('NFD'); },
    (i) => `Bệnh viện ${i % 30}, ${data.provinces[i % 63].name}`,
  ];
  const out = new Set<string>();
  for (let i = 0; out.size < n; i++) out.add(shapes[i % shapes.length](Math.floor(i / shapes.length)));
  return [...out];
}

const strings = placeStrings(distinct);
const seconds: number[] = [];
let resolved = 0;
for (let r = 0; r < runs; r++) {
  const start = performance.now();
  resolved = 0;
  for (const s of strings) if (resolvePlace(s).level !== null) resolved++;
  seconds.push((performance.now() - start) / 1000);
}
seconds.sort((a, b) => a - b);
console.log(`${strings.length} distinct places, ${resolved} resolved`);
console.log(`median ${seconds[Math.floor(runs / 2)].toFixed(3)} s (first run, with loading: ${seconds.length ? Math.max(...seconds).toFixed(3) : '-'} s max)`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
