import type { UiNode } from '@headless-ory/core';
import type { Fixture } from './corpus';
import { attributesOf, nodeTypeOf } from './expectations';

type Tally = Map<string, number>;

const bump = (tally: Tally, key: string, by = 1) => tally.set(key, (tally.get(key) ?? 0) + by);

function table(title: string, tally: Tally): string[] {
  const rows = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [`${title}:`, ...rows.map(([key, count]) => `  ${key.padEnd(28)} ${String(count).padStart(6)}`)];
}

/** What the corpus suite has checked so far: only fixtures whose every check passed are counted. */
export class CorpusCoverage {
  readonly sets: Tally = new Map();
  readonly shapes: Tally = new Map();
  readonly groups: Tally = new Map();
  readonly types: Tally = new Map();
  readonly inputTypes: Tally = new Map();
  files = 0;
  nodes = 0;
  formMessages = 0;
  nodeMessages = 0;

  add(fixture: Fixture): void {
    this.files += 1;
    bump(this.sets, fixture.set);
    bump(this.shapes, fixture.shape);
    this.formMessages += fixture.messages.length;
    for (const node of fixture.nodes) this.addNode(node);
  }

  private addNode(node: UiNode): void {
    this.nodes += 1;
    this.nodeMessages += Array.isArray(node.messages) ? node.messages.length : 0;
    bump(this.groups, String(node.group));
    const type = nodeTypeOf(node);
    bump(this.types, type);
    if (type === 'input') bump(this.inputTypes, `input[type=${String(attributesOf(node).type)}]`);
  }

  report(total: { files: number; nodes: number }): string {
    return [
      `[corpus] files checked: ${this.files}/${total.files}; nodes checked: ${this.nodes}/${total.nodes}; ` +
        `form messages ${this.formMessages}, node messages ${this.nodeMessages}`,
      ...table('by set', this.sets),
      ...table('by shape', this.shapes),
      ...table('nodes by group', this.groups),
      ...table('nodes by type', this.types),
      ...table('inputs by type', this.inputTypes),
    ]
      .map((line) => (line.startsWith('[corpus]') ? line : `[corpus] ${line}`))
      .join('\n');
  }
}
