import {
  FlowForm,
  knownNodeGroups,
  Node,
  OryComponentsProvider,
  type UiNode,
  type UiNodeGroup,
} from '@headless-ory/core';
import { render } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Fixture, listJsonFiles, loadFixture, readManifest } from './support/corpus';
import { CorpusCoverage } from './support/coverage';
import { nodeTypeOf } from './support/expectations';
import { checkFormMessages, checkNodes } from './support/node-checks';
import { sharedAvailable, snapshotsDir } from './support/shared-kratos';

// Every UI-node fixture Kratos' own tests wrote (HEAD and older tags, ../shared/kratos/snapshots), rendered with
// the default renderer and checked node by node against DESIGN.md §5. This is the deep corpus check;
// packages/core's kratos-fixtures test is a quicker subset (names present, fields labelled).

const ORY_URL = 'https://ory.example.com';
const available = sharedAvailable(snapshotsDir, 'corpus');
const manifest = available ? readManifest() : [];
const fixtures = manifest.map(({ set, path }) => loadFixture(set, path));
const allNodes = fixtures.flatMap((fixture) => fixture.nodes);
/** Each distinct node once (many fixtures repeat csrf_token and friends): for the variant tests. */
const distinctNodes = [...new Map(allNodes.map((node) => [JSON.stringify(node), node])).values()];
const coverage = new CorpusCoverage();

function renderFixture(fixture: Fixture, oryBaseUrl?: string) {
  const [single] = fixture.nodes;
  const content =
    fixture.shape === 'node' && single ? (
      <Node node={single} />
    ) : (
      <FlowForm flow={fixture.flow} onSubmit={() => undefined} />
    );
  return render(<OryComponentsProvider oryBaseUrl={oryBaseUrl}>{content}</OryComponentsProvider>);
}

function renderNodes(nodes: UiNode[], oryBaseUrl?: string) {
  return renderFixture(
    {
      set: 'variant',
      path: 'variant',
      shape: 'nodes',
      nodes,
      messages: [],
      flow: {
        ...(fixtures[0]?.flow ?? ({} as Fixture['flow'])),
        ui: { action: ORY_URL, method: 'POST', nodes },
      },
    },
    oryBaseUrl,
  );
}

const withAttributes = (node: UiNode, attributes: Record<string, unknown>): UiNode =>
  ({ ...node, attributes: { ...node.attributes, ...attributes } }) as UiNode;
const ofType = (type: string) => distinctNodes.filter((node) => nodeTypeOf(node) === type);
const headScripts = () => [...document.head.querySelectorAll('script')];

describe.skipIf(!available)("The default renderer over Kratos' snapshot corpus", () => {
  beforeAll(() => {
    // The renderer's dev warnings (scripts without an Ory origin, unknown triggers) are expected here.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterAll(() => {
    vi.restoreAllMocks();
    console.log(coverage.report({ files: fixtures.length, nodes: allNodes.length }));
  });

  it('should find every JSON file of the corpus in MANIFEST.tsv, and only those', () => {
    expect(manifest.map(({ set, path }) => `${set}/${path}`).sort()).toEqual(listJsonFiles());
    expect(fixtures.length).toBeGreaterThan(400);
  });

  it('should know every group and node type the corpus uses', () => {
    const groups = new Set(allNodes.map((node) => node.group));
    expect([...groups].filter((group) => !knownNodeGroups.includes(group))).toEqual([]);
    const types = new Set(allNodes.map(nodeTypeOf));
    expect(
      [...types].filter((type) => !['input', 'text', 'img', 'a', 'script', 'div'].includes(type)),
    ).toEqual([]);
  });

  it.each(fixtures)('should render $set/$path node by node', (fixture) => {
    const scriptsBefore = headScripts().length;
    const { container, unmount } = renderFixture(fixture);
    const problems = checkNodes(container, fixture.nodes, knownNodeGroups);
    if (fixture.shape !== 'node') checkFormMessages(problems, container, fixture.messages);
    // No oryBaseUrl: no script may load, whatever its src.
    if (headScripts().length !== scriptsBefore) problems.push('a script was loaded without an Ory origin');
    unmount();
    expect(problems).toEqual([]);
    coverage.add(fixture);
  });

  it('should render nothing, and not throw, for nodes of unknown groups or types', () => {
    const unknownGroup = distinctNodes.map((node) => ({ ...node, group: 'not_a_group' as UiNodeGroup }));
    const unknownType = distinctNodes.map((node) => ({
      ...withAttributes(node, { node_type: 'not_a_type' }),
      type: 'not_a_type',
    }));
    for (const nodes of [unknownGroup, unknownType]) {
      const { container, unmount } = renderNodes(nodes, ORY_URL);
      expect(container.querySelectorAll('[data-ory-node], [name], script')).toHaveLength(0);
      unmount();
    }
  });

  it("should show the corpus' images only with a safe src", () => {
    const images = ofType('img');
    expect(images.length).toBeGreaterThan(0);
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    for (const src of [
      png,
      `${ORY_URL}/qr.png`,
      'qr.png',
      'javascript:alert(1)',
      'data:image/svg+xml,<svg/>',
    ]) {
      const nodes = images.map((node) => withAttributes(node, { src }));
      const { container, unmount } = renderNodes(nodes);
      expect(checkNodes(container, nodes, knownNodeGroups), src).toEqual([]);
      unmount();
    }
  });

  it("should link the corpus' anchors only to safe hrefs", () => {
    const anchors = ofType('a');
    expect(anchors.length).toBeGreaterThan(0);
    for (const href of [
      'https://example.com/continue',
      '/continue',
      'javascript:alert(1)',
      '//evil.example',
    ]) {
      const nodes = anchors.map((node) => withAttributes(node, { href }));
      const { container, unmount } = renderNodes(nodes);
      expect(checkNodes(container, nodes, knownNodeGroups), href).toEqual([]);
      unmount();
    }
  });

  it("should load the corpus' scripts once, only from the Ory origin, with their attributes", () => {
    const scripts = ofType('script');
    expect(scripts.length).toBeGreaterThan(0);
    const before = headScripts();
    const foreign = scripts.map((node) => withAttributes(node, { src: 'https://evil.example/webauthn.js' }));
    renderNodes(foreign, ORY_URL).unmount();
    expect(headScripts()).toEqual(before);

    const own = scripts.map((node) => withAttributes(node, { src: '/.well-known/ory/webauthn.js?corpus' }));
    const { container, unmount } = renderNodes(own, ORY_URL);
    const added = headScripts().filter((script) => !before.includes(script));
    expect(added.map((script) => script.src)).toEqual([`${ORY_URL}/.well-known/ory/webauthn.js?corpus`]);
    const first = own[0]?.attributes as unknown as Record<string, unknown>;
    for (const name of ['integrity', 'crossorigin', 'referrerpolicy']) {
      expect(added[0]?.getAttribute(name) ?? '', name).toBe(first[name] ?? '');
    }
    expect(checkNodes(container, own, knownNodeGroups)).toEqual([]);
    unmount();
    for (const script of added) script.remove();
  });

  it('should have checked every group and node type that appears in the corpus', () => {
    const groups = [...new Set(allNodes.map((node) => String(node.group)))];
    const types = [...new Set(allNodes.map(nodeTypeOf))];
    expect(groups.filter((group) => !coverage.groups.get(group))).toEqual([]);
    expect(types.filter((type) => !coverage.types.get(type))).toEqual([]);
    expect(coverage.files).toBe(fixtures.length);
  });
});
