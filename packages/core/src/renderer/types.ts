import type { ComponentPropsWithRef, ComponentType, ReactNode } from 'react';
import type { Flow, UiNode, UiText } from '../client/types';

/** The form's one-of-several state, mirrored as `form[data-state]`. */
export type FormState = 'idle' | 'submitting' | 'success' | 'error';

/** `className` as a string or a function of the part's state (no class is ever added by default). */
export type ClassNameProp<S> = string | ((state: S) => string | undefined);

/** `data-*` attributes, ready to spread. Flags are present (`""`) or absent (`undefined`), never `"false"`. */
export type DataAttributes = { [key: `data-${string}`]: string | undefined };

/** What `data-ory-node` says: an input node of type submit/button is a `button`. */
export type NodeKind = 'input' | 'button' | 'text' | 'img' | 'a' | 'script' | 'div';

export interface FormRenderState {
  state: FormState;
  /** `state === 'submitting'`: further submits are ignored. */
  pending: boolean;
  /** A form-level error, an error prop, or a node with an error message. */
  invalid: boolean;
}

export interface NodeRenderState {
  kind: NodeKind;
  group: string;
  name: string | undefined;
  /** A node message of type error. */
  invalid: boolean;
  disabled: boolean;
  required: boolean;
  /** The form is submitting. */
  pending: boolean;
  formState: FormState;
}

/** A Kratos message ready to show: translated text plus a DOM id (`aria-describedby` points at it). */
export interface FormattedMessage {
  id: string;
  text: string;
  type: string;
  message: UiText;
}

/** Every part gets the node and its state next to props that are ready to spread on the element. */
export type NodePartProps<P> = P & { node: UiNode; state: NodeRenderState };

type ElementProps<E extends keyof React.JSX.IntrinsicElements> = Omit<ComponentPropsWithRef<E>, 'className'> &
  DataAttributes;

export type InputElementProps = ElementProps<'input'> & { className?: string };
export type ButtonElementProps = ElementProps<'button'> & { className?: string };
export type LabelElementProps = ElementProps<'label'> & { className?: string };
export type SelectElementProps = ElementProps<'select'> & { className?: string };

export interface SelectOption {
  value: string;
  label: string;
}

export type FormPartProps = Omit<ElementProps<'form'>, 'children'> & {
  flow: Flow;
  state: FormRenderState;
  className?: ClassNameProp<FormRenderState>;
  children?: ReactNode;
};

export type FieldPartProps = NodePartProps<
  DataAttributes & {
    /** The Label part, or null when the node has none. */
    label: ReactNode;
    /** The Input / Checkbox / Select part. */
    control: ReactNode;
    /** The NodeMessages part, or null when there are no messages. */
    messages: ReactNode;
    className?: ClassNameProp<NodeRenderState>;
  }
>;

type WithStateClassName<P> = Omit<P, 'className'> & { className?: ClassNameProp<NodeRenderState> };

export type LabelPartProps = NodePartProps<WithStateClassName<LabelElementProps>>;
export type InputPartProps = NodePartProps<WithStateClassName<InputElementProps>>;
export type CheckboxPartProps = InputPartProps;
export type SelectPartProps = NodePartProps<
  WithStateClassName<SelectElementProps> & { options: SelectOption[] }
>;
export type ButtonPartProps = NodePartProps<WithStateClassName<ButtonElementProps>>;

export type ImagePartProps = NodePartProps<
  DataAttributes & {
    src: string;
    alt: string;
    id?: string;
    width?: number;
    height?: number;
    className?: ClassNameProp<NodeRenderState>;
  }
>;

export type TextPartProps = NodePartProps<
  DataAttributes & {
    id?: string;
    /** The node's label (e.g. "This is your authenticator app secret…"). */
    label?: string;
    text: string;
    /** Lookup codes: one entry per code (or "used at …" message). */
    items?: FormattedMessage[];
    className?: ClassNameProp<NodeRenderState>;
  }
>;

export type AnchorPartProps = NodePartProps<
  DataAttributes & {
    /** Undefined when the server's href is not safe (e.g. `javascript:`): render text, not a link. */
    href: string | undefined;
    id?: string;
    children: string;
    className?: ClassNameProp<NodeRenderState>;
  }
>;

export type ScriptStatus = 'idle' | 'loading' | 'loaded' | 'error' | 'blocked';

export type ScriptPartProps = NodePartProps<{ status: ScriptStatus }>;

export type DivPartProps = NodePartProps<
  DataAttributes & { id?: string; className?: ClassNameProp<NodeRenderState> | undefined }
>;

export type MessagesPartProps = DataAttributes & {
  messages: FormattedMessage[];
  state: FormRenderState;
  className?: ClassNameProp<FormRenderState>;
};

export type MessagePartProps = DataAttributes & {
  message: FormattedMessage;
  id: string;
  role?: 'alert' | 'status';
  tabIndex?: number;
  children: string;
  className?: string;
};

export type NodeMessagesPartProps = NodePartProps<
  DataAttributes & { id: string; messages: FormattedMessage[]; className?: ClassNameProp<NodeRenderState> }
>;

/** The unstyled parts the renderer is made of; replace any of them through `components`. */
export interface OryComponents {
  Form: ComponentType<FormPartProps>;
  Field: ComponentType<FieldPartProps>;
  Label: ComponentType<LabelPartProps>;
  Input: ComponentType<InputPartProps>;
  Checkbox: ComponentType<CheckboxPartProps>;
  Select: ComponentType<SelectPartProps>;
  Button: ComponentType<ButtonPartProps>;
  Image: ComponentType<ImagePartProps>;
  Text: ComponentType<TextPartProps>;
  Anchor: ComponentType<AnchorPartProps>;
  Script: ComponentType<ScriptPartProps>;
  Div: ComponentType<DivPartProps>;
  Messages: ComponentType<MessagesPartProps>;
  Message: ComponentType<MessagePartProps>;
  NodeMessages: ComponentType<NodeMessagesPartProps>;
}

/** Classes per part, as strings or functions of the part's state. */
export interface OryClassNames {
  Form?: ClassNameProp<FormRenderState>;
  Field?: ClassNameProp<NodeRenderState>;
  Label?: ClassNameProp<NodeRenderState>;
  Input?: ClassNameProp<NodeRenderState>;
  Checkbox?: ClassNameProp<NodeRenderState>;
  Select?: ClassNameProp<NodeRenderState>;
  Button?: ClassNameProp<NodeRenderState>;
  Image?: ClassNameProp<NodeRenderState>;
  Text?: ClassNameProp<NodeRenderState>;
  Anchor?: ClassNameProp<NodeRenderState>;
  Div?: ClassNameProp<NodeRenderState>;
  Messages?: ClassNameProp<FormRenderState>;
  Message?: ClassNameProp<FormattedMessage>;
  NodeMessages?: ClassNameProp<NodeRenderState>;
}

/** A per-node override: return your own element, or call `defaultRender()` for the built-in one. */
export type RenderNode = (node: UiNode, defaultRender: () => ReactNode) => ReactNode;
