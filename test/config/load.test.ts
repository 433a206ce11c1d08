import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';

describe('campaign config', () => {
  it('an empty file is the default config', () => {
    const c = parseConfig('');
    expect(c.report.language).toBe('vi');
    expect(c.phases).toEqual([]);
  });
  it('reads phases with their scope', () => {
    const c = parseConfig('phases:\n  - name: pilot\n    scope: { communes: ["31825"] }\n');
    expect(c.phases[0].scope.communes).toEqual(['31825']);
  });
  it('names an unknown key', () => {
    expect(() => parseConfig('phasez: []', 'c.yaml')).toThrow(/c.yaml: unknown key 'phasez'/);
  });
  it('names the key with a wrong type', () => {
    expect(() => parseConfig('phases:\n  - name: 3\n', 'c.yaml')).toThrow(/key 'phases.0.name'/);
  });
  it('reports broken YAML with its line', () => {
    const err = (() => { try { parseConfig('a: [1,\nb: 2\n', 'c.yaml'); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^c.yaml(:\d+)?: not valid YAML/);
  });
});
