import { render } from '@testing-library/react';
import { Fragment, StrictMode } from 'react';
import { type Mock, vi } from 'vitest';
import type { Flow, UiNode } from '../client/types';
import { OryComponentsProvider, type OryComponentsProviderProps } from '../renderer/components-context';
import { FlowForm, type FlowFormProps } from '../renderer/flow-form';
import { makeFlow } from './node-builders';

export const ORY_URL = 'https://ory.example.com';

export interface RenderFlowFormOptions extends Partial<FlowFormProps> {
  provider?: Omit<OryComponentsProviderProps, 'children'>;
  /** Render under StrictMode (default true). */
  strict?: boolean;
}

/** A FlowForm (under StrictMode unless `strict: false`) and an OryComponentsProvider pointing at ORY_URL; `onSubmit` is a spy. */
export function renderFlowForm(flowOrNodes: Flow | UiNode[], options: RenderFlowFormOptions = {}) {
  const { provider, strict = true, ...props } = options;
  const Wrapper = strict ? StrictMode : Fragment;
  const flow = Array.isArray(flowOrNodes) ? makeFlow(flowOrNodes) : flowOrNodes;
  const onSubmit = (props.onSubmit ?? vi.fn()) as Mock<(formData: FormData) => unknown>;
  const ui = (current: Flow, extra: Partial<FlowFormProps> = {}) => (
    <Wrapper>
      <OryComponentsProvider oryBaseUrl={ORY_URL} {...provider}>
        <FlowForm {...props} {...extra} flow={current} onSubmit={onSubmit} />
      </OryComponentsProvider>
    </Wrapper>
  );
  const result = render(ui(flow));
  const form = result.container.querySelector('form') as HTMLFormElement;
  return {
    ...result,
    form,
    onSubmit,
    rerenderWith: (next: Flow, extra?: Partial<FlowFormProps>) => result.rerender(ui(next, extra)),
  };
}

/** FormData as sorted-free [name, value] pairs, for readable assertions. */
export function entriesOf(formData: FormData): [string, string][] {
  return [...formData.entries()].map(([name, value]) => [name, String(value)]);
}
