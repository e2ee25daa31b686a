import { expect, it } from 'vitest';
import { classify, type FlowPhase } from '../classify';
import type { FlowType } from '../types';

/** One row of a classifier table: a Kratos answer and the fields a UI reads from its outcome. */
export interface Row {
  name: string;
  status: number;
  body: unknown;
  flowType?: FlowType;
  phase?: FlowPhase;
  /** Checked with toMatchObject; a field expected as undefined must be absent or undefined. */
  expected: Record<string, unknown>;
}

export function expectFields(actual: object, expected: Record<string, unknown>): void {
  const set = Object.fromEntries(Object.entries(expected).filter(([, value]) => value !== undefined));
  expect(actual).toMatchObject(set);
  for (const [key, value] of Object.entries(expected)) {
    if (value === undefined) expect((actual as Record<string, unknown>)[key], key).toBeUndefined();
  }
}

/** `it.each` over a table; flowType defaults to login, phase to submit. */
export function classifiesRows(rows: Row[]): void {
  it.each(rows)(
    'should classify $name',
    ({ status, body, flowType = 'login', phase = 'submit', expected }) => {
      expectFields(classify(status, body, { flowType, phase }), { status, ...expected });
    },
  );
}
