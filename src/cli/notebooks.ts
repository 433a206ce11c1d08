import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';

export const KERNEL_NAME = 'doichieu-tslab';

/**
 * Writes a project-local Jupyter kernelspec for tslab (TypeScript) and returns the folder to put in
 * JUPYTER_PATH. The kernel starts from the project root so notebooks can import `../src/*.js`
 * (tslab's TypeScript root is the kernel's working directory).
 *
 * @example
 * const jupyterPath = installKernel(process.cwd());
 * // JUPYTER_PATH=<jupyterPath> jupyter notebook notebooks/
 */
export function installKernel(root: string): string {
  const base = resolve(root, '.jupyter-local');
  const dir = join(base, 'kernels', KERNEL_NAME);
  mkdirSync(dir, { recursive: true });
  const tslab = resolve(root, 'node_modules/tslab/bin/tslab');
  if (!existsSync(tslab)) throw new UserError('tslab is not installed: run `npm ci` first');
  const spec = {
    argv: ['/bin/sh', '-c', `cd "${resolve(root)}" && exec node "${tslab}" kernel --config-path "$0"`, '{connection_file}'],
    display_name: 'TypeScript (doichieu)',
    language: 'typescript',
  };
  writeFileSync(join(dir, 'kernel.json'), JSON.stringify(spec, null, 2));
  return base;
}

/** Notebooks of the project, in name order. */
export function listNotebooks(root: string): string[] {
  const dir = resolve(root, 'notebooks');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.ipynb')).sort().map((f) => join(dir, f));
}

/**
 * Executes a notebook headlessly with nbconvert into `outDir`; returns false when a cell failed.
 * A kernel occasionally starts without answering (seen about once in 25 runs): retried once.
 */
export function executeNotebook(root: string, notebook: string, outDir: string, timeoutSeconds = 600): { ok: boolean; message: string } {
  const jupyterPath = installKernel(root);
  mkdirSync(outDir, { recursive: true });
  const args = [
    'nbconvert', '--to', 'notebook', '--execute', `--ExecutePreprocessor.kernel_name=${KERNEL_NAME}`,
    `--ExecutePreprocessor.timeout=${timeoutSeconds}`, '--output-dir', outDir, notebook,
  ];
  let last = { ok: false, message: '' };
  for (let attempt = 0; attempt < 2; attempt++) {
    const r = spawnSync('jupyter', args, { cwd: root, env: { ...process.env, JUPYTER_PATH: jupyterPath }, encoding: 'utf8' });
    if (r.error) throw new UserError('jupyter is not installed: run scripts/system-deps.sh');
    const stderr = r.stderr ?? '';
    last = { ok: r.status === 0, message: stderr.trim().split('\n').slice(-12).join('\n') };
    if (last.ok) return last;
    // a cell error is final; retry only when the kernel itself did not answer
    if (!/Kernel died|Timeout waiting|kernel didn't respond|DeadKernelError/i.test(stderr)) return last;
  }
  return last;
}
