// A setup file for the `core` and `mock` vitest projects: every response an in-process mock gives is appended
// to reports/exchanges/<project>-<worker>.jsonl, which the `contract` project validates against Kratos'
// OpenAPI spec after all runners are done. Appending synchronously keeps a line per exchange even when a
// worker is torn down mid-file.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
// By path, not by package name: the node-environment `mock` project resolves no `source` condition, and the
// path is the very module the mock's own files import, so there is one recorder either way.
import { setMockRecorder } from '../../packages/mock/src/record';
import { exchangesDir } from './record-paths';

const project = inject('recordExchangesAs');
mkdirSync(exchangesDir, { recursive: true });
const file = join(exchangesDir, `${project}-${process.env.VITEST_POOL_ID ?? process.pid}.jsonl`);
setMockRecorder((exchange) => appendFileSync(file, `${JSON.stringify(exchange)}\n`));
