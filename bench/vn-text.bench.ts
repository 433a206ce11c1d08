/**
 * Name normalisation throughput, as ingest uses it over distinct raw names:
 * repairMisdecoded -> canonicalName -> foldText -> splitName -> nameIssue.
 * One million distinct names from the shipped frequency lists, with the damage seen in registers
 * (NFD, capitals, doubled spaces, old tone placement, TCVN3/VNI read as Windows-1252, UTF-8 mojibake,
 * VIQR, digits). Prints the median of 5 runs, names per second and peak RSS.
 *
 * @example
 * node --import tsx bench/vn-text.bench.ts [names=1000000]
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { encodeText, repairMisdecoded } from '../src/vn/encoding/index.js';
import { nameIssue, splitName } from '../src/vn/names.js';
import { canonicalName, foldText } from '../src/vn/text.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const data = new URL('../src/vn/data/names/', import.meta.url);
const column = (file: string, index: number, filter?: (cells: string[]) => boolean) =>
  readFileSync(new URL(file, data), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')).filter((c) => !filter || filter(c)).map((c) => c[index].normalize('NFC'));

const surnames = column('vn_surname_freq.csv', 0);
const middles = column('vn_middle_given_freq.csv', 1, (c) => c[0] === 'middle_first_token');
const givens = [...column('vn_middle_given_freq.csv', 1, (c) => c[0] === 'given'), ...column('vn_given_names_by_gender.csv', 0)];

function makeNames(count: number): string[] {
  const r = rng(7);
  const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)];
  const seen = new Set<string>();
  const cp1252 = (b: Uint8Array) => iconv.decode(Buffer.from(b), 'windows-1252');
  while (seen.size < count) {
    const parts = [pick(surnames)];
    const middleCount = r() < 0.1 ? 0 : r() < 0.8 ? 1 : 2;
    for (let i = 0; i < middleCount; i++) parts.push(pick(middles));
    parts.push(pick(givens));
    let name = parts.join(' ');
    const damage = r();
    if (damage < 0.1) name = name.normalize('NFD');
    else if (damage < 0.2) name = name.toUpperCase();
    else if (damage < 0.25) name = `  ${name.replace(/ /g, '  ')} `;
    else if (damage < 0.28) name = name.replace(/òa\b/g, 'oà').replace(/úy\b/g, 'uý');
    else if (damage < 0.3) name = cp1252(encodeText(name, 'tcvn3'));
    else if (damage < 0.32) name = cp1252(encodeText(name, 'vni'));
    else if (damage < 0.33) name = cp1252(new TextEncoder().encode(name));
    else if (damage < 0.335) name = new TextDecoder().decode(encodeText(name, 'viqr'));
    else if (damage < 0.34) name = `${name} ${Math.floor(r() * 10)}`;
    else if (damage < 0.5) name = foldText(name).replace(/\b\w/g, (c) => c.toUpperCase()); // typed without diacritics
    seen.add(name);
  }
  return [...seen];
}

function normaliseAll(names: string[]): number {
  let checksum = 0;
  for (const raw of names) {
    const repaired = repairMisdecoded(raw);
    const name = canonicalName(repaired.text);
    const fold = foldText(name);
    const parts = splitName(name);
    const issue = nameIssue(repaired.text);
    checksum += fold.length + parts.tokens + (issue ? 1 : 0) + (repaired.repairedFrom ? 1 : 0);
  }
  return checksum;
}

const count = Number(process.argv[2] ?? 1_000_000);
let t = performance.now();
const names = makeNames(count);
console.log(`generated ${names.length} distinct raw names in ${((performance.now() - t) / 1000).toFixed(1)} s`);

// Wall time and this process's CPU time: on a shared machine the CPU time shows the cost on one core.
const wall: number[] = [];
const cpu: number[] = [];
let checksum = 0;
for (let run = 0; run < 5; run++) {
  t = performance.now();
  const c = process.cpuUsage();
  checksum = normaliseAll(names);
  const used = process.cpuUsage(c);
  wall.push((performance.now() - t) / 1000);
  cpu.push((used.user + used.system) / 1e6);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2];
const rate = (s: number) => Math.round(names.length / s).toLocaleString('en');
console.log(`wall (s): ${wall.map((x) => x.toFixed(2)).join(' ')}; cpu (s): ${cpu.map((x) => x.toFixed(2)).join(' ')}`);
console.log(`median wall ${median(wall).toFixed(2)} s = ${rate(median(wall))} names/s; median cpu ${median(cpu).toFixed(2)} s = ${rate(median(cpu))} names/s (${names.length} names, checksum ${checksum})`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
