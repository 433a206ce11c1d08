// Bridge for Jupyter (tslab): tslab compiles the TypeScript it imports to CommonJS, which breaks on
// ES-module features the project uses (import.meta). Loading the API through tsx lets Node run the
// project's own ES modules unchanged; notebooks call `await loadApi()` once.
import { register } from 'tsx/esm/api';

let api;
/** Loads the notebook API (src/api.ts). */
export async function loadApi() {
  if (!api) {
    register();
    api = await import('../src/api.ts');
  }
  return api;
}
