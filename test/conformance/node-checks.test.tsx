import { FlowForm, knownNodeGroups, type OryComponents } from '@headless-ory/core';
import { render } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Fixture, loadFixture, readManifest } from './support/corpus';
import { attributesOf, controlKindOf, nodeTypeOf } from './support/expectations';
import { checkFormMessages, checkNodes } from './support/node-checks';
import { sharedAvailable, snapshotsDir } from './support/shared-kratos';

// The corpus suite passes only if its checks can fail: here each check meets a renderer broken in one way
// (parts that drop labels, values, messages, list items…) and must report it.

const available = sharedAvailable(snapshotsDir, 'node checks');
const fixtures = available ? readManifest().map(({ set, path }) => loadFixture(set, path)) : [];
const pick = (what: string, test: (fixture: Fixture) => boolean): Fixture => {
  const found = fixtures.find(test);
  if (!found) throw new Error(`no fixture with ${what}`);
  return found;
};

function problemsWith(fixture: Fixture, components: Partial<OryComponents>): string[] {
  const { container, unmount } = render(
    <FlowForm flow={fixture.flow} onSubmit={() => undefined} components={components} />,
  );
  const problems = checkNodes(container, fixture.nodes, knownNodeGroups);
  checkFormMessages(problems, container, fixture.messages);
  unmount();
  return problems;
}

describe.skipIf(!available)('The corpus checks', () => {
  beforeAll(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it.each([
    {
      breaks: 'labels',
      has: (f: Fixture) => f.nodes.some((n) => controlKindOf(n) === 'field' && n.meta?.label),
      components: { Label: () => <span /> },
      reported: /label: got undefined/,
    },
    {
      breaks: 'submit values',
      has: (f: Fixture) => f.nodes.some((n) => controlKindOf(n) === 'button' && attributesOf(n).value),
      components: {
        Button: ({ node: _n, state: _s, value: _v, className: _c, ...props }) => <button {...props} />,
      },
      reported: /submit value: got undefined/,
    },
    {
      breaks: 'field types',
      has: (f: Fixture) => f.nodes.some((n) => attributesOf(n).type === 'password'),
      components: {
        Input: ({ node: _n, state: _s, className: _c, ...props }) => <input {...props} type="text" />,
      },
      reported: /element: got "INPUT\[type=text\]", want "INPUT\[type=password\]"/,
    },
    {
      breaks: 'node messages',
      has: (f: Fixture) => f.nodes.some((n) => (n.messages ?? []).length > 0),
      components: { NodeMessages: () => null },
      reported: /node messages: got ""/,
    },
    {
      breaks: 'form messages',
      has: (f: Fixture) => f.messages.length > 0,
      components: { Messages: () => null },
      reported: /form messages: got ""/,
    },
    {
      breaks: 'lookup code lists',
      has: (f: Fixture) => f.nodes.some((n) => nodeTypeOf(n) === 'text'),
      components: {
        Text: ({ node: _n, state: _s, items: _i, label: _l, text: _t, className: _c, ...props }) => (
          <div {...props} />
        ),
      },
      reported: /text #0 (list|text): got/,
    },
  ] satisfies {
    breaks: string;
    has: (f: Fixture) => boolean;
    components: Partial<OryComponents>;
    reported: RegExp;
  }[])('should report a renderer that drops $breaks', ({ breaks, has, components, reported }) => {
    const fixture = pick(breaks, (f) => f.shape !== 'node' && has(f));
    expect(problemsWith(fixture, {}), 'the intact renderer').toEqual([]);
    expect(problemsWith(fixture, components).join('\n')).toMatch(reported);
  });
});
