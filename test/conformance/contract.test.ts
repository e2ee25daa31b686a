import { afterAll, describe, expect, it } from 'vitest';
import { exchangesDir } from '../setup/record-paths';
import { driveFlows } from './support/drive-flows';
import { OpenApiContract, type Operation, type Verdict } from './support/openapi-contract';
import { readRecordings, type SourcedExchange } from './support/recorded-exchanges';
import { openApiFile, sharedAvailable } from './support/shared-kratos';

// Every response the mock gave in the unit suites (reports/exchanges/<project>-<worker>.jsonl), the Playwright
// journeys (journeys.jsonl) and this suite's own driven flows, checked (status + body) against the response
// schema of its operation in Kratos' OpenAPI spec. The mock's own test endpoints (/__mock/*) are not Kratos.

const available = sharedAvailable(openApiFile, 'contract');

interface Checked {
  exchange: SourcedExchange;
  verdict: Verdict;
}

async function collect() {
  const recordings = readRecordings(exchangesDir);
  const driven = (await driveFlows()).map((exchange) => ({ ...exchange, source: 'driven' }));
  const all = [...recordings.exchanges, ...driven];
  const contract = new OpenApiContract(openApiFile);
  const own = all.filter((exchange) => exchange.path.startsWith('/__mock/'));
  const checked: Checked[] = all
    .filter((exchange) => !exchange.path.startsWith('/__mock/'))
    .map((exchange) => ({ exchange, verdict: contract.validate(exchange) }));
  return { recordings, driven, contract, own, checked };
}

const run = available ? await collect() : undefined;
const byOperation = new Map<Operation, Checked[]>();
for (const entry of run?.checked ?? []) {
  const { operation } = entry.verdict;
  if (operation) byOperation.set(operation, [...(byOperation.get(operation) ?? []), entry]);
}
const operations = [...byOperation.keys()].sort((a, b) => a.id.localeCompare(b.id));
const unmatched = (run?.checked ?? []).filter((entry) => !entry.verdict.operation);

describe.skipIf(!run)("The mock against Kratos' OpenAPI spec", () => {
  afterAll(() => {
    if (!run) return;
    const frontend = run.contract.operations.filter((op) => op.tags.includes('frontend'));
    const coveredFrontend = frontend.filter((op) => byOperation.has(op));
    const lines = [
      `[contract] exchanges validated: ${run.checked.length - unmatched.length} (recorded ${run.recordings.exchanges.length} in ${run.recordings.files.length} files, driven here ${run.driven.length}); /__mock/* skipped: ${run.own.length}`,
      ...run.recordings.files.map((file) => `[contract]   ${file.name}: ${file.count}`),
      `[contract] frontend operations covered: ${coveredFrontend.length}/${frontend.length}; all operations: ${operations.length}/${run.contract.operations.length}`,
      ...operations.map((op) => {
        const statuses = [...new Set(byOperation.get(op)?.map((entry) => entry.exchange.status))].sort();
        return `[contract]   ${op.id.padEnd(32)} ${op.method.padEnd(6)} ${op.template}  statuses ${statuses.join(',')}  (${byOperation.get(op)?.length})`;
      }),
      `[contract] frontend operations not exercised: ${
        frontend
          .filter((op) => !byOperation.has(op))
          .map((op) => op.id)
          .join(', ') || 'none'
      }`,
      `[contract] requests outside the spec (not validated): ${unmatched.length}`,
      ...[
        ...new Set(
          unmatched.map(({ exchange }) => `${exchange.method} ${exchange.path} → ${exchange.status}`),
        ),
      ].map((line) => `[contract]   ${line}`),
    ];
    console.log(lines.join('\n'));
  });

  it('should have exchanges to check, recorded or driven', () => {
    expect(run?.driven.length).toBeGreaterThan(30);
  });

  it.each(operations.map((op) => [`${op.id} (${op.method} ${op.template})`, op] as const))(
    'should answer %s only as the spec allows',
    (_name, operation) => {
      const violations = (byOperation.get(operation) ?? []).flatMap(({ exchange, verdict }) =>
        verdict.violations.map(
          (violation) =>
            `${exchange.method} ${exchange.url} → ${exchange.status} [${verdict.response ?? 'undocumented'}] (${exchange.source}): ${violation}`,
        ),
      );
      expect(violations).toEqual([]);
    },
  );
});
