import type { Exchange } from '../http';
import { messages } from '../messages';
import { inputNode, setNodeValue, upsertNode } from '../nodes';
import {
  getTraitValue,
  type IdentitySchema,
  listTraitPaths,
  traitAutocomplete,
  traitInputType,
} from '../schema/identity-schema';
import type { FlowRecord } from '../store';
import type { UiInputNode, UiNodeGroup } from '../types';

/**
 * container.NodesFromJSONSchema + node.NewInputFieldFromSchema: one input per trait; group `default` in
 * registration, `profile` in settings.
 */
export function traitNodes(schema: IdentitySchema, group: UiNodeGroup = 'default'): UiInputNode[] {
  return listTraitPaths(schema).map((path) =>
    inputNode({
      name: path.name,
      type: traitInputType(path),
      group,
      required: path.required,
      autocomplete: traitAutocomplete(path),
      pattern: path.schema.pattern,
      label: path.title ? messages.labelGenerated(path.title, path.name) : undefined,
    }),
  );
}

/** The profile strategy's PopulateRegistrationMethod: the trait fields of the identity schema. */
export function populateTraitNodes(ex: Exchange, flow: FlowRecord): void {
  for (const node of traitNodes(ex.options.identitySchema)) upsertNode(flow.ui, node);
}

/** Keeps what the user typed in the trait fields (only existing nodes, keeping their types). */
export function keepTraitValues(ex: Exchange, flow: FlowRecord, traits: unknown): void {
  for (const path of listTraitPaths(ex.options.identitySchema)) {
    const value = getTraitValue(traits, path);
    if (value !== undefined) setNodeValue(flow.ui, path.name, value);
  }
}

/** Trait node names in schema order, the keys registration sorting uses. */
export function traitKeys(ex: Exchange): string[] {
  return listTraitPaths(ex.options.identitySchema).map((p) => p.name);
}
