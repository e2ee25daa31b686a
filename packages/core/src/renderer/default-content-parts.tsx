import { renderElement } from './default-control-parts';
import type {
  AnchorPartProps,
  DivPartProps,
  ImagePartProps,
  MessagePartProps,
  MessagesPartProps,
  NodeMessagesPartProps,
  ScriptPartProps,
  TextPartProps,
} from './types';
import { useMessageParts } from './use-node-messages';

/** The unstyled content parts: images, texts, links, divs and messages. */

export function DefaultImage(props: ImagePartProps) {
  // alt is in the spread props (the node's label, or "").
  return renderElement('img', props);
}

export function DefaultText({ label, text, items, ...props }: TextPartProps) {
  return renderElement('div', {
    ...props,
    children: (
      <>
        {label ? <p data-ory-part="text-label">{label}</p> : null}
        {items ? (
          <ul data-ory-part="text-items">
            {items.map((item) => (
              <li key={item.id} data-ory-part="text-item" data-ory-message-id={String(item.message.id)}>
                {item.text}
              </li>
            ))}
          </ul>
        ) : (
          <p data-ory-part="text-value">{text}</p>
        )}
      </>
    ),
  });
}

export function DefaultAnchor(props: AnchorPartProps) {
  // An unsafe href (javascript:, data:…) was dropped: show the text, not a link.
  return renderElement(props.href === undefined ? 'span' : 'a', props);
}

/** The script itself is injected into <head> by the renderer; this part only shows something if you want. */
export function DefaultScript(_props: ScriptPartProps) {
  return null;
}

export function DefaultDiv(props: DivPartProps) {
  return renderElement('div', props);
}

export function DefaultMessage({ message: _message, ...props }: MessagePartProps) {
  return <div {...props} />;
}

export function DefaultMessages({ messages, ...props }: MessagesPartProps) {
  return renderElement('div', { ...props, children: useMessageParts(messages, true) });
}

export function DefaultNodeMessages({ messages, ...props }: NodeMessagesPartProps) {
  return renderElement('div', { ...props, children: useMessageParts(messages) });
}
