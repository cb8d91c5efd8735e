import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/clock.js';
import { verifyChain } from '../src/security/audit-chain.js';
import type { DatabaseHandle } from '../src/store/database.js';
import { createSecurityEventsRepository } from '../src/store/security-events-repository.js';
import { DRIVERS, openTestDatabase, TEST_POSTGRES_URL } from './helpers/database.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Inside the project, so the children resolve kysely, pg and better-sqlite3 from its node_modules. */
const OUT = path.join(ROOT, 'node_modules', '.cache', `rampart-audit-${process.pid}`);

/** Transpiles a source file and the files it imports (relative `.js` imports) into OUT. */
function transpile(relative: string, done = new Set<string>()): void {
  if (done.has(relative)) return;
  done.add(relative);
  const source = fs.readFileSync(path.join(ROOT, relative), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
    },
  });
  const target = path.join(OUT, relative.replace(/\.ts$/, '.js'));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, outputText);
  for (const match of source.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) {
    transpile(path.join(path.dirname(relative), `${match[1]}.ts`), done);
  }
}

/** A separate process that opens its own connection and appends `count` events concurrently. */
const CHILD = `
import { openDatabase } from './src/store/database.js';
import { createSecurityEventsRepository } from './src/store/security-events-repository.js';
const [options, count, tag] = [JSON.parse(process.argv[2]), Number(process.argv[3]), process.argv[4]];
const handle = openDatabase(options);
const repo = createSecurityEventsRepository(handle.db, { now: () => new Date() });
await Promise.all(
  Array.from({ length: count }, (_, i) => repo.append({ type: 'login_failed', severity: 'info', detail: { tag, i } })),
);
await handle.close();
`;

function runChild(
  options: object,
  count: number,
  tag: string,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      path.join(OUT, 'child.mjs'),
      JSON.stringify(options),
      String(count),
      tag,
    ]);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

beforeAll(() => {
  transpile('src/store/database.ts');
  transpile('src/store/security-events-repository.ts');
  fs.writeFileSync(path.join(OUT, 'package.json'), '{ "type": "module" }\n');
  fs.writeFileSync(path.join(OUT, 'child.mjs'), CHILD);
});
afterAll(() => {
  fs.rmSync(OUT, { recursive: true, force: true });
});

describe.each(DRIVERS)('security event chain across processes on %s', (driver) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('stays intact when three processes append at once', { timeout: 60_000 }, async () => {
    const options =
      driver === 'sqlite'
        ? { dataDir: path.dirname(handle.location) }
        : {
            dataDir: '/tmp',
            databaseUrl: TEST_POSTGRES_URL,
            postgresSearchPath: (await sql<{ s: string }>`select current_schema() as s`.execute(handle.db))
              .rows[0]?.s,
          };
    const repo = createSecurityEventsRepository(handle.db, systemClock);
    const here = Promise.all(
      Array.from({ length: 40 }, (_, i) => repo.append({ type: 'logout', severity: 'info', detail: { i } })),
    );
    const children = await Promise.all([runChild(options, 40, 'a'), runChild(options, 40, 'b'), here]);
    expect(children.slice(0, 2)).toEqual([
      { code: 0, stderr: '' },
      { code: 0, stderr: '' },
    ]);
    expect(await verifyChain(handle.db)).toEqual({ ok: true, rows: 120 });
  });
});
