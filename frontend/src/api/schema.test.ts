// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const frontend = fileURLToPath(new URL('../..', import.meta.url));

describe('generated API types', () => {
  it('schemaIsUpToDateWithTheContract', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lotse-schema-'));
    try {
      const fresh = join(dir, 'schema.d.ts');
      // The same generator and options as `npm run gen:api`, written to a temporary file.
      execFileSync(
        process.execPath,
        [join(frontend, 'node_modules/openapi-typescript/bin/cli.js'), '../openapi.yaml', '-o', fresh],
        { cwd: frontend, stdio: 'pipe', timeout: 60_000 },
      );
      const committed = readFileSync(join(frontend, 'src/api/schema.d.ts'), 'utf8');
      const expected = readFileSync(fresh, 'utf8');
      expect(committed === expected, 'src/api/schema.d.ts is stale: run `npm run gen:api` and commit the result').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
