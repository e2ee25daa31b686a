import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UiNode } from '../client/types';
import { csrfNode, makeFlow, otherNode } from '../test-utils/node-builders';
import { ORY_URL, renderFlowForm } from '../test-utils/render-flow-form';
import { FlowForm } from './flow-form';
import { resetScriptRegistry } from './script-registry';

const scriptNode = (attributes: Record<string, unknown> = {}): UiNode =>
  otherNode(
    'script',
    {
      src: `${ORY_URL}/.well-known/ory/webauthn.js`,
      async: true,
      referrerpolicy: 'no-referrer',
      crossorigin: 'anonymous',
      integrity: 'sha512-abc',
      type: 'text/javascript',
      id: 'webauthn_script',
      nonce: 'kratos-nonce',
      ...attributes,
    },
    'webauthn',
  );

const statuses: string[] = [];
const RecordingScript = ({ status }: { status: string }) => {
  statuses.push(status);
  return null;
};

const injected = () => document.head.querySelectorAll('script[data-ory-node="script"]');

describe('script nodes', () => {
  afterEach(() => resetScriptRegistry());

  it('should inject the script into head with the attributes as given', () => {
    renderFlowForm([csrfNode(), scriptNode()]);
    expect(injected()).toHaveLength(1);
    const script = injected()[0] as HTMLScriptElement;
    expect(script.src).toBe(`${ORY_URL}/.well-known/ory/webauthn.js`);
    expect(script.getAttribute('integrity')).toBe('sha512-abc');
    expect(script.getAttribute('crossorigin')).toBe('anonymous');
    expect(script.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(script.getAttribute('type')).toBe('text/javascript');
    expect(script.id).toBe('webauthn_script');
    expect(script.nonce).toBe('kratos-nonce');
    expect(script.async).toBe(true);
    expect(script.getAttribute('data-ory-group')).toBe('webauthn');
  });

  it('should prefer the app nonce from the provider over the node nonce', () => {
    renderFlowForm([scriptNode()], { provider: { nonce: 'app-csp-nonce' } });
    expect((injected()[0] as HTMLScriptElement).nonce).toBe('app-csp-nonce');
  });

  it('should load a src once however many forms, re-renders and remounts ask for it', () => {
    const first = renderFlowForm([scriptNode()]);
    const second = renderFlowForm([scriptNode()]);
    first.rerenderWith(makeFlow([scriptNode()], { id: 'flow-2' }));
    first.unmount();
    renderFlowForm([scriptNode()]);
    second.unmount();
    expect(injected()).toHaveLength(1);
    renderFlowForm([scriptNode({ src: `${ORY_URL}/other.js`, id: 'other' })]);
    expect(injected()).toHaveLength(2);
  });

  it('should resolve a relative src against the Ory URL', () => {
    renderFlowForm([scriptNode({ src: '/.well-known/ory/webauthn.js' })]);
    expect((injected()[0] as HTMLScriptElement).src).toBe(`${ORY_URL}/.well-known/ory/webauthn.js`);
  });

  it('should refuse scripts from any other origin, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderFlowForm([
      scriptNode({ src: 'https://evil.example/webauthn.js' }),
      scriptNode({ src: '//evil.example/webauthn.js' }),
      scriptNode({ src: 'javascript:alert(1)' }),
      scriptNode({ src: 'data:text/javascript,alert(1)' }),
      scriptNode({ src: 'http://ory.example.com/.well-known/ory/webauthn.js' }),
    ]);
    expect(injected()).toHaveLength(0);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('https://evil.example/webauthn.js'));
    warn.mockRestore();
  });

  it('should refuse a script from the Ory origin without a well-formed integrity hash, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderFlowForm([
      scriptNode({ integrity: undefined }),
      scriptNode({ src: `${ORY_URL}/a.js`, integrity: '' }),
      scriptNode({ src: `${ORY_URL}/b.js`, integrity: 'garbage' }),
      scriptNode({ src: `${ORY_URL}/c.js`, integrity: 'md5-abc' }),
      scriptNode({ src: `${ORY_URL}/d.js`, integrity: 'sha512-' }),
      scriptNode({ src: `${ORY_URL}/e.js`, integrity: 42 }),
    ]);
    // Browsers ignore malformed SRI metadata and then run whatever the origin serves: no hash, no script.
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no valid integrity hash'));
    warn.mockRestore();
  });

  it('should load a script whose integrity lists several hashes, one of them well-formed', () => {
    renderFlowForm([
      scriptNode({
        integrity: 'md5-abc sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC',
      }),
    ]);
    expect(injected()).toHaveLength(1);
    expect(injected()[0]?.getAttribute('integrity')).toContain('sha384-');
  });

  it('should load nothing without an oryBaseUrl to check against', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<FlowForm flow={makeFlow([scriptNode({ src: `${ORY_URL}/no-base.js` })])} onSubmit={vi.fn()} />);
    expect(injected()).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no oryBaseUrl'));
    warn.mockRestore();
  });

  it('should load nothing for a script node without src (Kratos snapshots strip it)', () => {
    renderFlowForm([scriptNode({ src: undefined })]);
    expect(injected()).toHaveLength(0);
  });

  it('should tell the Script part when the script has loaded, and allow a retry after an error', async () => {
    statuses.length = 0;
    renderFlowForm([scriptNode()], { components: { Script: RecordingScript } });
    await act(async () => {
      injected()[0]?.dispatchEvent(new Event('load'));
    });
    expect(statuses.at(-1)).toBe('loaded');

    renderFlowForm([scriptNode({ src: `${ORY_URL}/broken.js`, id: 'broken' })]);
    const broken = () => document.head.querySelectorAll(`script[src="${ORY_URL}/broken.js"]`);
    await act(async () => {
      broken()[0]?.dispatchEvent(new Event('error'));
    });
    expect(broken()).toHaveLength(0);
    renderFlowForm([scriptNode({ src: `${ORY_URL}/broken.js`, id: 'broken' })]);
    expect(broken()).toHaveLength(1);
  });
});
