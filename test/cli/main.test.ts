import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) => spawnSync('node', ['bin/doichieu.js', ...args], { encoding: 'utf8' });

describe('doichieu command', () => {
  it('lists every sub-command in --help', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    for (const c of ['generate', 'ingest', 'profile', 'match', 'explain', 'evaluate', 'link', 'report', 'run', 'notebooks']) {
      expect(r.stdout).toMatch(new RegExp(`\\n\\s+${c}\\b`));
    }
  });
  it('rejects an unknown command with a non-zero exit and one line', () => {
    const r = cli('bogus');
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
