import { formatCount, formatDelta, formatShare } from '../format.js';
import type { Language } from '../labels.js';
import type { Headline } from '../types.js';
import { escapeHtml } from './escape.js';
import { REPORT_TEXTS } from './texts.js';

type TileKey = keyof (typeof REPORT_TEXTS)['vi']['tiles'];

/** The tiles in reading order, with the figure a tile's share is of, and which way is good. */
const TILES: { key: TileKey; of?: keyof Headline; good?: 'up' | 'down'; tone?: 'good' | 'warn' | 'bad' }[] = [
  { key: 'registrations', good: 'up' },
  { key: 'compared', good: 'up' },
  { key: 'consistent', of: 'compared', good: 'up', tone: 'good' },
  { key: 'pids_to_assign', of: 'compared' },
  { key: 'discrepant', of: 'compared', good: 'down', tone: 'warn' },
  { key: 'not_found', of: 'compared', good: 'down', tone: 'bad' },
  { key: 'ambiguous', of: 'compared', good: 'down', tone: 'warn' },
  { key: 'quarantined', of: 'records_in', good: 'down' },
];

/**
 * The headline tiles: value, share and the change since the previous run (green when it goes the
 * good way).
 *
 * @example
 * headlineTiles(figures.headline, previous?.headline, 'vi');
 */
export function headlineTiles(headline: Headline, previous: Headline | undefined, language: Language): string {
  const t = REPORT_TEXTS[language];
  const tiles = TILES.map(({ key, of, good, tone }) => {
    const value = headline[key];
    const share = of ? `<div class="sub">${formatShare(value, headline[of], language)} ${of === 'compared' ? t.ofCompared : t.ofRecordsIn}</div>` : '';
    let delta = '';
    if (previous) {
      const d = value - previous[key];
      const cls = d === 0 || !good ? '' : (d > 0) === (good === 'up') ? 'up' : 'down';
      delta = `<div class="sub delta ${cls}">${escapeHtml(formatDelta(d, language))}</div>`;
    }
    return `<div class="tile${tone ? ` ${tone}` : ''}" data-key="${key}"><div class="label">${escapeHtml(t.tiles[key])}</div><div class="value">${formatCount(value, language)}</div>${share}${delta}</div>`;
  });
  return `<div class="tiles">${tiles.join('')}</div>`;
}
