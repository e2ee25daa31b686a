import { resolveClassName } from './class-name';
import { useOryComponents } from './components-context';
import { getMessagePartProps } from './message-props';
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

/** The unstyled content parts: images, texts, links, divs and messages. */

export function DefaultImage({ node: _node, state, className, alt, ...props }: ImagePartProps) {
  return <img {...props} alt={alt} className={resolveClassName(state, className)} />;
}

export function DefaultText({ node: _node, state, className, label, text, items, ...props }: TextPartProps) {
  return (
    <div {...props} className={resolveClassName(state, className)}>
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
    </div>
  );
}

export function DefaultAnchor({ node: _node, state, className, href, children, ...props }: AnchorPartProps) {
  const resolved = resolveClassName(state, className);
  // An unsafe href (javascript:, data:…) was dropped: show the text, not a link.
  if (href === undefined) {
    return (
      <span {...props} className={resolved}>
        {children}
      </span>
    );
  }
  return (
    <a {...props} href={href} className={resolved}>
      {children}
    </a>
  );
}

/** The script itself is injected into <head> by the renderer; this part only shows something if you want. */
export function DefaultScript(_props: ScriptPartProps) {
  return null;
}

export function DefaultDiv({ node: _node, state, className, ...props }: DivPartProps) {
  return <div {...props} className={resolveClassName(state, className)} />;
}

export function DefaultMessage({ message: _message, ...props }: MessagePartProps) {
  return <div {...props} />;
}

export function DefaultMessages({ messages, state, className, ...props }: MessagesPartProps) {
  const { components, classNames } = useOryComponents();
  const { Message } = components;
  return (
    <div {...props} className={resolveClassName(state, className)}>
      {messages.map((message) => (
        <Message
          key={message.id}
          {...getMessagePartProps(message, { live: true, className: classNames.Message })}
        />
      ))}
    </div>
  );
}

export function DefaultNodeMessages({
  node: _node,
  state,
  className,
  messages,
  ...props
}: NodeMessagesPartProps) {
  const { components, classNames } = useOryComponents();
  const { Message } = components;
  return (
    <div {...props} className={resolveClassName(state, className)}>
      {messages.map((message) => (
        <Message key={message.id} {...getMessagePartProps(message, { className: classNames.Message })} />
      ))}
    </div>
  );
}
