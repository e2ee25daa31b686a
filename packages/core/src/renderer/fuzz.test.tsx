import fc from 'fast-check';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportCount } from '../../../../test/support/report-count';
import { formDataToBody, getCsrfToken, toSubmitBody } from '../client/form-body';
import { isFlowBody } from '../client/guards';
import type { Flow, UiNode } from '../client/types';
import { formatLabel } from '../i18n/format-label';
import {
  filterNodes,
  getFormMethods,
  getNodeId,
  getNodeLabel,
  getNodeName,
  getNodeTrigger,
  getNodeType,
  getNodeValue,
  groupNodes,
  isSecretNode,
} from '../nodes';
import { FUZZ_ORY_URL, flowArbitrary } from '../test-utils/fuzz-arbitraries';
import { OryComponentsProvider } from './components-context';
import { resetDevWarnings } from './dev-warn';
import { FlowForm } from './flow-form';
import { getFormProps } from './get-form-props';
import { resetScriptRegistry } from './script-registry';

/**
 * ≥ 10,000 random and malformed flows (../shared/kratos/NOTES.md §3 shapes with junk at every level, hostile
 * texts and URLs, `__proto__` keys, foreign or integrity-less scripts) rendered through FlowForm in jsdom,
 * submitted, and fed to the node helpers. Replay a failure with FUZZ_SEED=<seed printed> (and the path).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_125);
const FLOWS_PER_RENDER = 10;
const RENDERS = 1_000;
const LARGE_FLOWS = 4;

// Everything a browser would navigate to or execute from.
const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'poster',
  'data',
  'ping',
]);
const forbiddenTags = new Set(['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'META', 'LINK', 'FRAME', 'SVG', 'MATH']);
const rasterDataImage = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon)[;,]/;
/** At least one well-formed SRI token: browsers ignore malformed ones and then load unchecked. */
const validIntegrity = /(?:^|\s)sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}(?:\?\S*)?(?=\s|$)/;

/** What the browser reads as the scheme: control characters and spaces are stripped first. */
function schemeView(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the browser strips exactly these
  return value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
}

function isVettedOryScript(script: HTMLScriptElement): boolean {
  let origin: string | undefined;
  try {
    origin = new URL(script.getAttribute('src') ?? '').origin;
  } catch {
    origin = undefined;
  }
  return origin === FUZZ_ORY_URL && validIntegrity.test(script.getAttribute('integrity') ?? '');
}

/** Every way the rendered DOM could run script or navigate somewhere unsafe. */
function domViolations(): string[] {
  const found: string[] = [];
  // getElementsByTagName, not querySelectorAll('*'): the same elements without jsdom's selector engine.
  for (const element of Array.from(document.getElementsByTagName('*'))) {
    const tag = element.tagName.toUpperCase();
    if (tag === 'SCRIPT' && !isVettedOryScript(element as HTMLScriptElement))
      found.push(`script not vetted: ${element.outerHTML}`);
    if (forbiddenTags.has(tag)) found.push(`<${tag.toLowerCase()}> rendered`);
    const { attributes } = element;
    for (let index = 0; index < attributes.length; index++) {
      const attribute = attributes[index] as Attr;
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`inline handler ${name} on <${tag.toLowerCase()}>`);
      if (!urlAttributes.has(name)) continue;
      const scheme = schemeView(attribute.value);
      if (scheme.startsWith('javascript:') || scheme.startsWith('vbscript:'))
        found.push(`${name}="${attribute.value}" on <${tag.toLowerCase()}>`);
      if (scheme.startsWith('data:') && !(tag === 'IMG' && name === 'src' && rasterDataImage.test(scheme)))
        found.push(`data: URL in ${name} on <${tag.toLowerCase()}>`);
    }
  }
  return found;
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const pristine = prototypes.map((proto) => Object.getOwnPropertyNames(proto).sort().join());
function pollution(): string[] {
  const polluted = prototypes
    .map((proto, index) =>
      Object.getOwnPropertyNames(proto).sort().join() === pristine[index] ? '' : `${index}`,
    )
    .filter(Boolean);
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || probe.isAdmin !== undefined) polluted.push('Object.prototype value');
  return polluted.map((index) => `prototype ${index} changed`);
}

/** The pure node helpers over every node of a flow: they must be total (never throw) on anything. */
function exerciseHelpers(flow: unknown): void {
  const candidate = flow as Flow;
  const nodes = (candidate as { ui?: { nodes?: unknown } } | null)?.ui?.nodes;
  const list = (Array.isArray(nodes) ? nodes : []) as UiNode[];
  for (const node of list) {
    getNodeId(node);
    getNodeLabel(node);
    getNodeName(node);
    getNodeType(node);
    getNodeValue(node);
    getNodeTrigger(node, 'click');
    getNodeTrigger(node, 'load');
    isSecretNode(node);
    formatLabel(node);
  }
  filterNodes(list, { groups: ['password', 'passkey'], types: ['input', 'script'], names: ['identifier'] });
  filterNodes(list, { excludeGroups: ['default'] });
  groupNodes(list);
  getFormMethods(candidate);
  getFormProps(candidate, () => undefined);
  // The client's form-body helpers only ever see what its guard let through: a `ui` with a `nodes` array.
  if (isFlowBody(candidate)) getCsrfToken(candidate);
}

interface Harness {
  root: Root;
  container: HTMLElement;
  errors: unknown[];
}

function makeHarness(): Harness {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const errors: unknown[] = [];
  const collect = (error: unknown) => errors.push(error);
  const root = createRoot(container, {
    onUncaughtError: collect,
    onCaughtError: collect,
    onRecoverableError: collect,
  });
  return { root, container, errors };
}

/** Renders `flows` as one tree of FlowForms, submits every form once, then checks the DOM and the prototypes. */
function renderAndCheck(harness: Harness, flows: unknown[], batch: number): void {
  const { root, container, errors } = harness;
  // A failed run (fast-check then shrinks) skips its own cleanup: start from an empty page either way.
  act(() => root.render(null));
  resetScriptRegistry();
  errors.length = 0;
  act(() => {
    root.render(
      <OryComponentsProvider oryBaseUrl={FUZZ_ORY_URL}>
        {flows.map((flow, index) => (
          <FlowForm
            // biome-ignore lint/suspicious/noArrayIndexKey: a fresh mount per batch is the point
            key={`${batch}-${index}`}
            flow={flow as Flow}
            onSubmit={(formData) => {
              // The client's form-body helpers only ever see what its guard let through (a `ui.nodes` array).
              if (!isFlowBody(flow)) return;
              try {
                formDataToBody(formData, flow);
                toSubmitBody(formData, flow, 'browser');
                toSubmitBody(formData, flow, 'native');
              } catch (error) {
                errors.push(error);
              }
            }}
          />
        ))}
      </OryComponentsProvider>,
    );
  });
  act(() => {
    for (const form of Array.from(container.querySelectorAll('form'))) form.requestSubmit();
  });
  for (const flow of flows) exerciseHelpers(flow);
  vettedScripts += document.head.getElementsByTagName('script').length;
  const problems = [...errors.map((error) => `threw: ${String(error)}`), ...domViolations(), ...pollution()];
  if (problems.length > 0) throw new Error(`${problems.slice(0, 5).join('\n')}\n(replay: FUZZ_SEED=${SEED})`);
}

/** React's own warnings (bad attribute values, duplicate keys…) are failures too; the async act notice is not. */
const ignoredConsoleErrors = /not wrapped in act/;

let rendered = 0;
/** Scripts that passed the vetting and were injected: the fuzz must reach that path, not only refusals. */
let vettedScripts = 0;
let harness: Harness;
const started = { wall: 0, cpu: process.cpuUsage() };
const windowErrors: unknown[] = [];
const consoleErrors: string[] = [];
const onWindowError = (event: ErrorEvent) => windowErrors.push(event.error ?? event.message);

describe('FlowForm fuzz', () => {
  beforeAll(() => {
    // Blocked scripts and ignored handlers are announced with dev warnings: thousands of them are noise here.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (!ignoredConsoleErrors.test(text) && !consoleErrors.includes(text)) consoleErrors.push(text);
    });
    // createRoot directly (testing-library's render costs too much for 10,000 flows): React must know it runs
    // under act().
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    window.addEventListener('error', onWindowError);
    harness = makeHarness();
    started.wall = performance.now();
    started.cpu = process.cpuUsage();
  });

  afterEach(() => {
    act(() => harness.root.render(null));
    resetScriptRegistry();
    expect(windowErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  afterAll(() => {
    const cpu = process.cpuUsage(started.cpu);
    harness.root.unmount();
    harness.container.remove();
    // Warnings are said once per message: other suites in this worker must still see theirs.
    resetDevWarnings();
    window.removeEventListener('error', onWindowError);
    vi.restoreAllMocks();
    reportCount('fuzz', 'fuzz: malformed flows rendered', rendered);
    console.log(
      `[fuzz] ${rendered} flows in ${((performance.now() - started.wall) / 1000).toFixed(1)} s ` +
        `(CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s), seed ${SEED}`,
    );
  });

  it('should render random and malformed flows with no throw, no foreign script, no handler and no unsafe URL', () => {
    let batch = 0;
    fc.assert(
      fc.property(
        fc.array(flowArbitrary(), { minLength: FLOWS_PER_RENDER, maxLength: FLOWS_PER_RENDER }),
        (flows) => {
          batch += 1;
          renderAndCheck(harness, flows, batch);
          rendered += flows.length;
        },
      ),
      { seed: SEED, numRuns: RENDERS },
    );
    expect(rendered).toBeGreaterThanOrEqual(10_000);
    expect(vettedScripts).toBeGreaterThan(0);
  }, 180_000);

  it('should render flows of thousands of nodes', () => {
    let batch = 0;
    const largest = { sent: 0, shown: 0 };
    fc.assert(
      fc.property(flowArbitrary(3_000, 1_000), (flow) => {
        batch += 1;
        renderAndCheck(harness, [flow], -batch);
        rendered += 1;
        const nodes = (flow as { ui?: { nodes?: unknown } } | null)?.ui?.nodes;
        largest.sent = Math.max(largest.sent, Array.isArray(nodes) ? nodes.length : 0);
        largest.shown = Math.max(largest.shown, harness.container.querySelectorAll('[data-ory-node]').length);
      }),
      { seed: SEED, numRuns: LARGE_FLOWS },
    );
    // Most junk renders nothing (unknown types and groups, unsafe images, refused scripts); hundreds still show.
    expect(largest.sent).toBeGreaterThanOrEqual(1_000);
    expect(largest.shown).toBeGreaterThan(200);
  }, 60_000);
});
