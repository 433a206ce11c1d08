import type { UnitEntry } from './entries.js';
import { relate } from './footprint.js';
import type { Mention } from './mentions.js';

/** One reading of the text: at most one commune, one district and one province that nest. */
export interface Reading {
  units: UnitEntry[];
  /** The most precise unit of the reading. */
  main: UnitEntry;
}

/** What the text says, once the readings are weighed. */
export interface Interpretation {
  /** The preferred reading, when the best readings all fit inside or around it. */
  reading: Reading | null;
  /** The best readings (ties), to compute a common unit from when they disagree. */
  ties: Reading[];
  ambiguous: boolean;
}

const LEVEL_RANK = { province: 0, district: 1, commune: 2 } as const;
const GENERATION_RANK = { '2023': 0, historic: 1, minh_hai: 2, '2025': 3 } as const;

/** Is `child` inside `parent` by name (strictly) or only loosely (out of its time)? */
function fits(child: UnitEntry, parent: UnitEntry): 'yes' | 'loose' | 'no' {
  if (child.parents.has(parent.unitId)) return 'yes';
  return child.looseParents.has(parent.unitId) ? 'loose' : 'no';
}

/** Can every chosen unit be given a mention of its own? (≤ 3 units: try the orders.) */
function distinctMentions(chosen: UnitEntry[], explains: number[][]): boolean {
  const used = new Set<number>();
  const assign = (k: number): boolean => {
    if (k === chosen.length) return true;
    for (const m of explains[k]) {
      if (used.has(m)) continue;
      used.add(m);
      if (assign(k + 1)) return true;
      used.delete(m);
    }
    return false;
  };
  return assign(0);
}

interface Scored {
  reading: Reading;
  score: number[];
}

/** Scores a reading: mentions explained, then later (bigger) mentions, fewer loose fits, fewer type mismatches. */
function score(chosen: UnitEntry[], mentions: Mention[]): number[] | null {
  let loose = 0;
  for (let a = 0; a < chosen.length; a++) {
    for (let b = a + 1; b < chosen.length; b++) {
      const fit = fits(chosen[a], chosen[b]);
      if (fit === 'no') return null;
      if (fit === 'loose') loose++;
    }
  }
  const explains = chosen.map((unit) => mentions.flatMap((m, i) => (m.candidates.includes(unit) ? [i] : [])));
  if (!distinctMentions(chosen, explains)) return null;
  const explained = new Set(explains.flat());
  let later = 0;
  let mismatches = 0;
  for (const i of explained) {
    later += 2 ** Math.min(i, 50);
    if (mentions[i].typeMismatch) mismatches++;
  }
  return [explained.size, later, -loose, -mismatches];
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i] - a[i];
  return 0;
}

function byPreference(a: Reading, b: Reading): number {
  return LEVEL_RANK[a.main.level] - LEVEL_RANK[b.main.level] || GENERATION_RANK[a.main.generation] - GENERATION_RANK[b.main.generation];
}

/**
 * Weighs every reading of the mentions (commune x district x province, nested by name) and keeps
 * the best: the most mentions explained, then the later ones (an address ends with its biggest
 * unit), then the fewest out-of-time or mistyped fits. Among equal readings the biggest and most
 * current unit is preferred; the result is ambiguous when another best reading names a place
 * neither inside nor around it ("Phường 1" alone).
 *
 * @example
 * interpret(findMentions(placeSegments('Phường 1, TX Giá Rai'), nameIndex())).reading?.main.code2023 // '31942'
 */
export function interpret(mentions: Mention[]): Interpretation {
  const pools = { commune: new Set<UnitEntry>(), district: new Set<UnitEntry>(), province: new Set<UnitEntry>() };
  for (const m of mentions) for (const e of m.candidates) pools[e.level].add(e);
  let best: Scored[] = [];
  for (const c of [undefined, ...pools.commune]) {
    for (const d of [undefined, ...pools.district]) {
      for (const p of [undefined, ...pools.province]) {
        const chosen = [c, d, p].filter((u): u is UnitEntry => u !== undefined);
        if (chosen.length === 0) continue;
        const s = score(chosen, mentions);
        if (!s) continue;
        const order = best.length === 0 ? -1 : compareScores(s, best[0].score);
        const reading = { units: chosen, main: chosen[0] };
        if (order < 0) best = [{ reading, score: s }];
        else if (order === 0) best.push({ reading, score: s });
      }
    }
  }
  const ties = best.map((b) => b.reading).sort(byPreference);
  if (ties.length === 0) return { reading: null, ties, ambiguous: false };
  const preferred = ties[0];
  const ambiguous = ties.some((t) => {
    const relation = relate(preferred.main.footprint, t.main.footprint);
    return relation === 'disjoint' || relation === 'overlap';
  });
  return { reading: ambiguous ? null : preferred, ties, ambiguous };
}
