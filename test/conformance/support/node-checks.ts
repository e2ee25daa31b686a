import type { UiNode, UiText } from '@headless-ory/core';
import {
  attributesOf,
  buttonTypeOf,
  controlKindOf,
  fieldTypeOf,
  labelOf,
  messagesOf,
  nodeTypeOf,
  nonEmpty,
  safeLink,
  shown,
  valueString,
} from './expectations';

// Node-by-node checks of a rendered fixture against DESIGN.md §5. Each returns problems as text (never
// throws), so one failing fixture lists everything wrong with it at once.

const CONTROLS = 'input[name], button[name], select[name], textarea[name]';

const texts = (elements: Iterable<Element>): string[] => [...elements].map((el) => el.textContent ?? '');

function same(problems: string[], what: string, actual: unknown, expected: unknown): void {
  if (actual !== expected)
    problems.push(`${what}: got ${JSON.stringify(actual)}, want ${JSON.stringify(expected)}`);
}

function describedTexts(root: ParentNode, control: Element): string[] {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => root.querySelector(`[id="${id}"]`)?.textContent ?? `(missing #${id})`);
}

function checkVisibleControl(
  problems: string[],
  root: ParentNode,
  node: UiNode,
  el: Element,
  at: string,
): void {
  const attributes = attributesOf(node);
  const id = el.getAttribute('id');
  if (!id) problems.push(`${at}: a visible control without an id (its label cannot point at it)`);
  const label = id ? root.querySelector(`label[for="${id}"]`) : null;
  same(problems, `${at} label`, label?.textContent, labelOf(node) ?? attributes.name);
  same(problems, `${at} required`, el.hasAttribute('required'), attributes.required === true);
  same(problems, `${at} disabled`, el.hasAttribute('disabled'), attributes.disabled === true);
  const messages = messagesOf(node).map(shown);
  same(
    problems,
    `${at} aria-describedby messages`,
    describedTexts(root, el).join(' | '),
    messages.join(' | '),
  );
}

function checkControl(problems: string[], root: ParentNode, node: UiNode, el: Element, at: string): void {
  const attributes = attributesOf(node);
  const value = valueString(attributes.value);
  switch (controlKindOf(node)) {
    case 'hidden':
      same(problems, `${at} element`, `${el.tagName}[type=${el.getAttribute('type')}]`, 'INPUT[type=hidden]');
      same(problems, `${at} hidden value`, (el as HTMLInputElement).value, value ?? '');
      return;
    case 'button':
      same(
        problems,
        `${at} element`,
        `${el.tagName}[type=${el.getAttribute('type')}]`,
        `BUTTON[type=${buttonTypeOf(node)}]`,
      );
      same(problems, `${at} submit value`, el.getAttribute('value') ?? undefined, value);
      same(
        problems,
        `${at} button text`,
        el.textContent,
        labelOf(node) ?? value ?? nonEmpty(attributes.name) ?? '',
      );
      same(problems, `${at} disabled`, el.hasAttribute('disabled'), attributes.disabled === true);
      return;
    case 'checkbox':
      same(
        problems,
        `${at} element`,
        `${el.tagName}[type=${el.getAttribute('type')}]`,
        'INPUT[type=checkbox]',
      );
      same(problems, `${at} checked`, (el as HTMLInputElement).checked, value === 'true');
      break;
    case 'select': {
      same(problems, `${at} element`, el.tagName, 'SELECT');
      const options = [...(el as HTMLSelectElement).options].map((option) => option.value).filter(Boolean);
      const wanted = (attributes.options as { value: unknown }[]).map(
        (option) => valueString(option.value) ?? '',
      );
      same(problems, `${at} options`, options.join(','), wanted.join(','));
      break;
    }
    case 'field':
      same(
        problems,
        `${at} element`,
        `${el.tagName}[type=${el.getAttribute('type')}]`,
        `INPUT[type=${fieldTypeOf(node)}]`,
      );
      same(problems, `${at} value`, (el as HTMLInputElement).value, value ?? '');
      same(problems, `${at} pattern`, el.getAttribute('pattern') ?? undefined, nonEmpty(attributes.pattern));
      same(
        problems,
        `${at} autocomplete`,
        el.getAttribute('autocomplete') ?? undefined,
        nonEmpty(attributes.autocomplete),
      );
      same(
        problems,
        `${at} maxlength`,
        el.getAttribute('maxlength') ?? undefined,
        typeof attributes.maxlength === 'number' && attributes.maxlength > 0
          ? String(attributes.maxlength)
          : undefined,
      );
      break;
  }
  checkVisibleControl(problems, root, node, el, at);
}

/** Inputs: every named control, in node order, with its name, type, value, label and messages. */
function checkInputs(problems: string[], root: ParentNode, inputs: UiNode[]): void {
  const controls = [...root.querySelectorAll(CONTROLS)];
  same(
    problems,
    'named controls in order',
    controls.map((el) => el.getAttribute('name')).join(','),
    inputs.map((node) => attributesOf(node).name).join(','),
  );
  inputs.forEach((node, index) => {
    const el = controls[index];
    if (el) checkControl(problems, root, node, el, `input ${String(attributesOf(node).name)} (#${index})`);
  });
}

/** Scripts render nothing in the form; whether they load (and from where) is checked on document.head. */
function checkScripts(problems: string[], root: ParentNode): void {
  same(problems, 'script parts in the form', root.querySelectorAll('[data-ory-node="script"]').length, 0);
  same(problems, 'script elements in the form', root.querySelectorAll('script').length, 0);
}

function checkContent(problems: string[], root: ParentNode, nodes: UiNode[], type: string): void {
  const elements = [...root.querySelectorAll(`[data-ory-node="${type}"]`)];
  const rendered =
    type === 'img' ? nodes.filter((node) => safeLink(attributesOf(node).src, { image: true })) : nodes;
  same(problems, `${type} nodes rendered`, elements.length, rendered.length);
  rendered.forEach((node, index) => {
    const el = elements[index];
    if (!el) return;
    const attributes = attributesOf(node);
    const at = `${type} #${index}`;
    same(problems, `${at} id`, el.getAttribute('id') ?? undefined, nonEmpty(attributes.id));
    if (type === 'img') {
      same(problems, `${at} src`, el.getAttribute('src'), safeLink(attributes.src, { image: true }));
      same(problems, `${at} alt`, el.getAttribute('alt'), labelOf(node) ?? '');
    } else if (type === 'a') {
      const href = safeLink(attributes.href);
      same(problems, `${at} element`, el.tagName, href ? 'A' : 'SPAN');
      same(problems, `${at} href`, el.getAttribute('href') ?? undefined, href);
      same(problems, `${at} text`, el.textContent, labelOf(node) ?? valueString(attributes.href) ?? '');
    } else if (type === 'text') {
      const message = attributes.text as UiText | null | undefined;
      const secrets = message?.context?.secrets;
      if (Array.isArray(secrets)) {
        same(
          problems,
          `${at} list`,
          texts(el.querySelectorAll('li')).join(' | '),
          secrets.map(shown).join(' | '),
        );
      } else {
        same(
          problems,
          `${at} text`,
          el.querySelector('[data-ory-part="text-value"]')?.textContent,
          shown(message),
        );
      }
      const label = labelOf(node);
      if (label)
        same(problems, `${at} label`, el.querySelector('[data-ory-part="text-label"]')?.textContent, label);
    } else if (type === 'div') {
      const className = nonEmpty(attributes.class);
      if (className) same(problems, `${at} class`, el.classList.contains(className), true);
    }
  });
}

/** Form-level messages (ui.messages), in order, as alerts (errors) or status. */
export function checkFormMessages(problems: string[], root: ParentNode, messages: UiText[]): void {
  const elements = [...root.querySelectorAll('[data-ory-part="messages"] [data-ory-part="message"]')];
  same(problems, 'form messages', texts(elements).join(' | '), messages.map(shown).join(' | '));
  elements.forEach((el, index) => {
    const type = messages[index]?.type;
    same(
      problems,
      `form message #${index} role`,
      el.getAttribute('role'),
      type === 'error' ? 'alert' : 'status',
    );
  });
}

/**
 * Every node the renderer knows (its group is one of `groups`), checked against what was rendered under `root`.
 * Returns the problems found; empty means the fixture renders as DESIGN.md §5 says.
 */
export function checkNodes(root: ParentNode, nodes: UiNode[], groups: readonly string[]): string[] {
  const problems: string[] = [];
  const known = nodes.filter((node) => groups.includes(node.group));
  const ofType = (type: string) => known.filter((node) => nodeTypeOf(node) === type);
  checkInputs(problems, root, ofType('input'));
  for (const type of ['img', 'a', 'text', 'div']) checkContent(problems, root, ofType(type), type);
  checkScripts(problems, root);
  const nodeMessages = texts(
    root.querySelectorAll('[data-ory-part="node-messages"] [data-ory-part="message"]'),
  );
  same(problems, 'node messages', nodeMessages.join(' | '), known.flatMap(messagesOf).map(shown).join(' | '));
  return problems;
}
