import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import { resolvePhase } from '../../src/runs/index.js';

describe('campaign config: report section and phases', () => {
  it('data-samples/campaign.yaml parses, with the real pilot and the province phase', () => {
    const config = loadConfig(new URL('../../data-samples/campaign.yaml', import.meta.url).pathname);
    expect(config.report).toMatchObject({ language: 'vi', pdf: true, pilot_phase: 'pilot', history: 'reports/history.duckdb', out_dir: 'reports' });
    expect(config.phases.map((p) => p.name)).toEqual(['pilot', 'province']);
    const pilot = resolvePhase(config, 'pilot');
    expect(pilot).toMatchObject({ from: '11/05/2023', to: '11/07/2023' });
    expect(pilot.scope.communes).toEqual(['31825', '31942', '31915', '31843', '31900', '31972', '31867']);
    expect(resolvePhase(config, 'province').scope).toEqual({});
    expect(resolvePhase(config).name).toBe('all');
    expect(config.match).toMatchObject({ min_match_weight: 4, ambiguity_margin: 3 });
    // the pilot communes are real 2023 codes: one per district but TP Bạc Liêu's and Giá Rai's Phường 1
    const units = readFileSync(new URL('../../src/vn/data/bac_lieu_units_2023.csv', import.meta.url), 'utf8');
    for (const code of pilot.scope.communes!) expect(units).toContain(`,${code},`);
  });

  it('bad report and phase keys are one-line errors naming the key', () => {
    expect(() => parseConfig('report:\n  language: fr\n', 'c.yaml')).toThrow(/^c\.yaml: key 'report\.language'/);
    expect(() => parseConfig('report:\n  colour: red\n', 'c.yaml')).toThrow("c.yaml: unknown key 'report.colour'");
    expect(() => parseConfig('phases:\n  - name: pilot\n    scope:\n      communes: ["3182"]\n', 'c.yaml')).toThrow(
      "c.yaml: key 'phases.0.scope.communes.0': expected a 5-digit commune code (2023)",
    );
    expect(() => parseConfig('phases:\n  - name: pilot\n    from: 2023/05/11\n', 'c.yaml')).toThrow(/key 'phases\.0\.from': expected a date/);
    expect(() => parseConfig('phases:\n  - name: p\n    scope:\n      event_types: [births]\n', 'c.yaml')).toThrow(/phases\.0\.scope\.event_types\.0/);
    const twice = parseConfig('phases:\n  - name: p\n  - name: p\n');
    expect(() => resolvePhase(twice, 'p')).toThrow("config: key 'phases': the phase name 'p' is used twice");
  });
});
