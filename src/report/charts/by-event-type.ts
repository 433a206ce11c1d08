import { eventTypeLabel, EVENT_TYPES, type Language } from '../labels.js';
import type { Figures } from '../types.js';
import { shareBars } from './share-bars.js';
import type { ChartSpec } from './spec.js';
import { CHART_TEXTS } from './texts.js';

/**
 * Share of each outcome per event type, in the usual order of event types (births first).
 *
 * @example
 * const spec = byEventTypeChart(figures, 'vi');
 */
export function byEventTypeChart(figures: Figures, language: Language): ChartSpec {
  const t = CHART_TEXTS[language];
  const rank = (k: string) => {
    const i = (EVENT_TYPES as readonly string[]).indexOf(k);
    return i < 0 ? 99 : i;
  };
  const rows = [...figures.by_event_type].sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
  return shareBars({ id: 'by-event-type', title: t.byEventType, groupHeader: t.eventType, rows, label: (r) => eventTypeLabel(r.key, language), language });
}
