import { nonEmptyString as nonEmpty } from '../client/guards';
import { safeUrl } from '../client/safe-url';
import type { UiNode, UiText } from '../client/types';
import { formatLabel } from '../i18n/format-label';
import { formatMessage, isUiText } from '../i18n/format-message';
import { isAnchorNode, isDivNode, isImageNode, isTextNode } from '../nodes/guards';
import { resolveClassName } from './class-name';
import { useOryComponents } from './components-context';
import { divDataAttributes, nodeAttributes } from './data-attributes';
import { useFlowFormContext } from './form-context';
import { formatMessages } from './message-props';
import { NodeMessagesFor } from './node-messages-for';
import { getNodeDomId, useNodeState } from './node-state';
import { useScriptNode } from './use-script-node';

interface ViewProps {
  node: UiNode;
}

const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && value > 0 ? value : undefined;

export function ImageView({ node }: ViewProps) {
  const { components, classNames, translations, locale, oryBaseUrl } = useOryComponents();
  const state = useNodeState(node);
  if (!isImageNode(node)) return null;
  const src = safeUrl(node.attributes.src, { baseUrl: oryBaseUrl, allowData: 'image' });
  if (!src) return null;
  const { Image } = components;
  return (
    <>
      <Image
        node={node}
        state={state}
        src={src}
        alt={formatLabel(node, translations, { locale }) ?? ''}
        id={nonEmpty(node.attributes.id)}
        width={positive(node.attributes.width)}
        height={positive(node.attributes.height)}
        {...nodeAttributes(state)}
        className={resolveClassName(state, classNames.Image)}
      />
      <NodeMessagesFor node={node} state={state} />
    </>
  );
}

/** TOTP secret, lookup codes (`context.secrets`: one item each), or any other server text. */
export function TextView({ node }: ViewProps) {
  const { components, classNames, translations, locale } = useOryComponents();
  const { idPrefix } = useFlowFormContext();
  const state = useNodeState(node);
  if (!isTextNode(node)) return null;
  const message = node.attributes.text;
  const context = (message as Partial<UiText> | null | undefined)?.context;
  const secrets = typeof context === 'object' && context !== null ? context.secrets : undefined;
  const items = Array.isArray(secrets)
    ? formatMessages(secrets.filter(isUiText), `${getNodeDomId(idPrefix, node)}-item`, translations, {
        locale,
      })
    : undefined;
  const { Text } = components;
  return (
    <>
      <Text
        node={node}
        state={state}
        id={nonEmpty(node.attributes.id)}
        label={formatLabel(node, translations, { locale })}
        text={formatMessage(message, translations, { locale })}
        items={items}
        {...nodeAttributes(state)}
        className={resolveClassName(state, classNames.Text)}
      />
      <NodeMessagesFor node={node} state={state} />
    </>
  );
}

/** A link only when its href is safe (http(s) or relative); otherwise its text alone. */
export function AnchorView({ node }: ViewProps) {
  const { components, classNames, translations, locale, oryBaseUrl } = useOryComponents();
  const state = useNodeState(node);
  if (!isAnchorNode(node)) return null;
  const rawHref = node.attributes.href;
  const href = safeUrl(rawHref, { baseUrl: oryBaseUrl });
  const text = formatLabel(node, translations, { locale }) ?? (typeof rawHref === 'string' ? rawHref : '');
  const { Anchor } = components;
  return (
    <>
      <Anchor
        node={node}
        state={state}
        href={href}
        id={nonEmpty(node.attributes.id)}
        {...nodeAttributes(state)}
        className={resolveClassName(state, classNames.Anchor)}
      >
        {text}
      </Anchor>
      <NodeMessagesFor node={node} state={state} />
    </>
  );
}

export function ScriptView({ node }: ViewProps) {
  const { components } = useOryComponents();
  const state = useNodeState(node);
  const status = useScriptNode(node);
  const { Script } = components;
  return <Script node={node} state={state} status={status} />;
}

export function DivView({ node }: ViewProps) {
  const { components, classNames } = useOryComponents();
  const state = useNodeState(node);
  if (!isDivNode(node)) return null;
  const { Div } = components;
  return (
    <>
      <Div
        node={node}
        state={state}
        id={nonEmpty(node.attributes.id)}
        {...divDataAttributes(node.attributes.data)}
        {...nodeAttributes(state)}
        className={resolveClassName(state, nonEmpty(node.attributes.class), classNames.Div)}
      />
      <NodeMessagesFor node={node} state={state} />
    </>
  );
}
