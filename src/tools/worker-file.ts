import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The built JavaScript file of a worker in this directory (`name` without extension). Worker threads
 * run plain JavaScript: under the test runner this directory holds TypeScript source, so the file is
 * taken from `dist/tools` instead.
 */
export function workerFile(name: string): URL {
  const beside = new URL(`./${name}.js`, import.meta.url);
  if (fs.existsSync(fileURLToPath(beside))) return beside;
  const built = new URL(`../../dist/tools/${name}.js`, import.meta.url);
  if (!fs.existsSync(fileURLToPath(built))) throw new Error(`Worker ${name}: run \`npm run build\` first`);
  return built;
}
