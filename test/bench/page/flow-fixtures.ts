// The flows both libraries render, produced by the in-process mock (no hand-written node lists):
// a login flow as the mock creates it, and a large settings-like flow composed from the trait nodes the
// mock builds for an identity schema with many traits.
import { createMockFetch, type IdentitySchema, type UiNode } from '@headless-ory/mock';

export const MOCK_URL = 'http://localhost:4433';
const JSON_HEADERS = { Accept: 'application/json' };

type FlowJson = { id: string; ui: { action: string; method: string; nodes: UiNode[] } } & Record<
  string,
  unknown
>;

async function createFlow(mockFetch: ReturnType<typeof createMockFetch>, flow: string): Promise<FlowJson> {
  const response = await mockFetch(`${MOCK_URL}/self-service/${flow}/browser`, { headers: JSON_HEADERS });
  if (response.status !== 200) throw new Error(`mock ${flow} create: HTTP ${response.status}`);
  return (await response.json()) as FlowJson;
}

/** An identity schema with `traitCount` string traits beside the email (the identifier). */
export function largeSchema(traitCount: number): IdentitySchema {
  const properties: Record<string, IdentitySchema> = {
    email: {
      type: 'string',
      format: 'email',
      title: 'E-Mail',
      'ory.sh/kratos': { credentials: { password: { identifier: true } } },
    },
  };
  for (let index = 1; index <= traitCount; index += 1) {
    properties[`field_${index}`] = { type: 'string', title: `Field ${index}`, maxLength: 64 };
  }
  return {
    $id: 'bench-large',
    type: 'object',
    properties: { traits: { type: 'object', properties, required: ['email'] } },
  };
}

export async function loginFlowJson(): Promise<FlowJson> {
  return createFlow(createMockFetch({ publicUrl: MOCK_URL }), 'login');
}

/**
 * A settings flow the shape Kratos sends (profile section with every trait, password section), built from
 * the nodes the mock's registration flow has for the same schema: ≥ `minNodes` nodes.
 */
export async function largeSettingsFlowJson(minNodes = 200): Promise<FlowJson> {
  const registration = await createFlow(
    createMockFetch({ publicUrl: MOCK_URL, identitySchema: largeSchema(minNodes) }),
    'registration',
  );
  const id = registration.id.replace(/^.{8}/, '5e771125');
  const nodes: UiNode[] = [];
  for (const node of registration.ui.nodes) {
    const attributes = node.attributes as { name?: string; type?: string; value?: unknown };
    if (attributes.name === 'csrf_token') nodes.push(node);
    else if (attributes.name?.startsWith('traits.'))
      nodes.push({ ...node, group: 'profile', attributes: { ...node.attributes, value: 'x' } } as UiNode);
  }
  nodes.push(submitNode('profile', 1070003, 'Save'));
  for (const node of registration.ui.nodes) {
    const attributes = node.attributes as { name?: string };
    if (attributes.name === 'password') nodes.push({ ...node, group: 'password' } as UiNode);
  }
  nodes.push(submitNode('password', 1070003, 'Save'));
  const now = new Date().toISOString();
  return {
    id,
    type: 'browser',
    state: 'show_form',
    expires_at: new Date(Date.now() + 3_600_000).toISOString(),
    issued_at: now,
    request_url: `${MOCK_URL}/self-service/settings/browser`,
    ui: { action: `${MOCK_URL}/self-service/settings?flow=${id}`, method: 'POST', nodes },
    identity: {
      id: '0b5f6a42-6c61-4d9d-9a40-4b2e3f1d2c11',
      schema_id: 'bench-large',
      schema_url: `${MOCK_URL}/schemas/bench-large`,
      state: 'active',
      traits: { email: 'ada@example.com' },
    },
  };
}

function submitNode(group: string, id: number, text: string): UiNode {
  return {
    type: 'input',
    group,
    attributes: {
      name: 'method',
      type: 'submit',
      value: group,
      disabled: false,
      node_type: 'input',
    },
    messages: [],
    meta: { label: { id, text, type: 'info' } },
  } as UiNode;
}
