import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { UserError } from '../../errors.js';
import { executeNotebook, installKernel, listNotebooks } from '../notebooks.js';

export function register(program: Command): void {
  program
    .command('notebooks')
    .description('Set up the TypeScript (tslab) Jupyter kernel for the notebooks, or execute them all headlessly')
    .option('--execute', 'execute every notebook in notebooks/ and fail on any cell error')
    .option('--out <dir>', 'where executed notebooks are written', '.tmp/notebooks')
    .action((opts: { execute?: boolean; out: string }) => {
      const root = process.cwd();
      const jupyterPath = installKernel(root);
      if (!opts.execute) {
        process.stdout.write(`Kernel '${'TypeScript (doichieu)'}' installed in ${jupyterPath}\n`);
        process.stdout.write(`Start Jupyter with: JUPYTER_PATH=${jupyterPath} jupyter notebook notebooks/\n`);
        return;
      }
      const notebooks = listNotebooks(root);
      if (notebooks.length === 0) throw new UserError('no notebooks found in notebooks/');
      const failed: string[] = [];
      for (const nb of notebooks) {
        const start = Date.now();
        const r = executeNotebook(root, nb, resolve(root, opts.out));
        const name = nb.slice(join(root, 'notebooks').length + 1);
        process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)\n`);
        if (!r.ok) {
          failed.push(name);
          process.stderr.write(r.message + '\n');
        }
      }
      process.stdout.write(`notebooks: ${notebooks.length - failed.length} passed, ${failed.length} failed\n`);
      if (failed.length) throw new UserError(`notebooks failed: ${failed.join(', ')}`, 1);
    });
}
