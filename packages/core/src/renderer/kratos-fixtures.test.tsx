import { screen } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { isInputNode } from '../nodes/guards';
import { kratosSnapshotsAvailable, listFixtures, readFixtureNodes } from '../test-utils/kratos-fixtures';
import { renderFlowForm } from '../test-utils/render-flow-form';
import { knownNodeGroups } from './node';
import { resetScriptRegistry } from './script-registry';

/** Renders every UI-node fixture Kratos' own tests produced (HEAD and older tags). */
describe('FlowForm over Kratos fixtures', () => {
  const available = kratosSnapshotsAvailable();
  const files = available ? listFixtures() : [];
  afterAll(() => resetScriptRegistry());

  it.skipIf(!available)('should find the fixture corpus', () => {
    expect(files.length).toBeGreaterThan(400);
  });

  it.each(files)('should render every node of %s, each visible input labelled', (file) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const nodes = readFixtureNodes(file);
    const { form, unmount } = renderFlowForm(nodes, { strict: false });
    for (const node of nodes) {
      if (!isInputNode(node) || !node.attributes.name || !knownNodeGroups.includes(node.group)) continue;
      expect(
        form.querySelector(`[name="${cssString(node.attributes.name)}"]`),
        node.attributes.name,
      ).not.toBeNull();
    }
    for (const control of form.querySelectorAll('input:not([type="hidden"]), select')) {
      expect(control.id).not.toBe('');
      const label = form.querySelector(`label[for="${cssString(control.id)}"]`);
      expect(label?.textContent, String(control.getAttribute('name'))).toBeTruthy();
    }
    // Fixtures carry no script src (stripped), so nothing is injected; the node renders nothing in the form.
    expect(form.querySelectorAll('script')).toHaveLength(0);
    unmount();
    warn.mockRestore();
  });

  it.skipIf(!available)('should keep every fixture submittable: buttons carry their name and value', () => {
    const file = files.find(
      (path) => path.includes('oidc') && readFixtureNodes(path).some((n) => n.group === 'oidc'),
    );
    expect(file).toBeDefined();
    renderFlowForm(readFixtureNodes(file as string));
    for (const button of screen.queryAllByRole('button')) expect(button).toHaveAttribute('name');
  });
});

/** jsdom has no CSS.escape; names like `traits.email` only need quotes and backslashes escaped. */
function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
