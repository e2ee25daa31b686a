import { formatMessage, type UiNode, type UiText } from '@headless-ory/core';

// What DESIGN.md §5 says a node must look like once rendered, derived from the node alone. These are written
// from the design, not taken from the renderer's helpers, so a renderer bug cannot agree with itself.

type Attributes = Record<string, unknown>;

export const attributesOf = (node: UiNode): Attributes =>
  typeof node.attributes === 'object' && node.attributes !== null
    ? (node.attributes as unknown as Attributes)
    : {};

/** `attributes.node_type` (the OpenAPI discriminator), else `node.type`. */
export function nodeTypeOf(node: UiNode): string {
  const discriminator = attributesOf(node).node_type;
  return typeof discriminator === 'string' && discriminator !== '' ? discriminator : String(node.type);
}

const isUiText = (value: unknown): value is UiText =>
  typeof value === 'object' && value !== null && ('text' in value || 'id' in value);

/** A message as shown without translations: the server's text (through core's formatMessage). */
export const shown = (message: unknown): string => (isUiText(message) ? formatMessage(message) : '');

/** The node's label text (meta.label, else an input's attributes.label, else an anchor's title), if any. */
export function labelOf(node: UiNode): string | undefined {
  const attributes = attributesOf(node);
  const candidates = [
    node.meta?.label,
    attributes.label,
    nodeTypeOf(node) === 'a' ? attributes.title : undefined,
  ];
  const label = candidates.find(isUiText);
  const text = label ? shown(label) : '';
  return text === '' ? undefined : text;
}

/** The string a form control holds for a node value: objects as JSON, nothing for null/undefined. */
export function valueString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export const nonEmpty = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** Input types a text field keeps as they are; anything else Kratos might send becomes `text`. */
const FIELD_TYPES = new Set(['text', 'password', 'number', 'email', 'tel', 'url', 'date', 'datetime-local']);

export type ControlKind = 'hidden' | 'button' | 'checkbox' | 'select' | 'field';

export function controlKindOf(node: UiNode): ControlKind {
  const { type, options } = attributesOf(node);
  if (type === 'hidden') return 'hidden';
  if (type === 'submit' || type === 'button') return 'button';
  if (type === 'checkbox') return 'checkbox';
  return Array.isArray(options) && options.length > 0 ? 'select' : 'field';
}

export function fieldTypeOf(node: UiNode): string {
  const { type } = attributesOf(node);
  return typeof type === 'string' && FIELD_TYPES.has(type) ? type : 'text';
}

/** A WebAuthn/passkey button runs a script function on click instead of submitting. */
export function buttonTypeOf(node: UiNode): 'submit' | 'button' {
  const { type, onclick, onclickTrigger } = attributesOf(node);
  return type === 'submit' && !onclick && !onclickTrigger ? 'submit' : 'button';
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const RASTER_DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|bmp)[;,]/i;

/** DESIGN §5: `href`/`src` only http(s), relative, or (images) a raster `data:image/*`; undefined otherwise. */
export function safeLink(url: unknown, options: { image?: boolean } = {}): string | undefined {
  if (typeof url !== 'string') return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop control characters from schemes
  if (/[\u0000-\u001f\u007f]/.test(url)) return undefined;
  const trimmed = url.trim();
  if (trimmed === '' || /^[\\/]{2}/.test(trimmed) || trimmed.startsWith('\\')) return undefined;
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return trimmed;
  if (scheme === 'http' || scheme === 'https')
    return /^https?:\/\/[^/\\]/i.test(trimmed) ? trimmed : undefined;
  return scheme === 'data' && options.image && RASTER_DATA_IMAGE.test(trimmed) ? trimmed : undefined;
}

export const messagesOf = (node: UiNode): UiText[] =>
  Array.isArray(node.messages) ? node.messages.filter((message) => isUiText(message)) : [];
