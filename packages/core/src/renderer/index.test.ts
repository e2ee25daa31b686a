import { describe, expect, it } from 'vitest';
import * as renderer from './index';

describe('renderer/index', () => {
  it('should export exactly the public renderer API', () => {
    expect(Object.keys(renderer).sort()).toEqual(
      [
        'DefaultAnchor',
        'DefaultButton',
        'DefaultCheckbox',
        'DefaultDiv',
        'DefaultField',
        'DefaultForm',
        'DefaultImage',
        'DefaultInput',
        'DefaultLabel',
        'DefaultMessage',
        'DefaultMessages',
        'DefaultNode',
        'DefaultNodeMessages',
        'DefaultScript',
        'DefaultSelect',
        'DefaultText',
        'FlowForm',
        'FlowMessages',
        'Node',
        'OryComponentsProvider',
        'callWindowTrigger',
        'defaultComponents',
        'getFormProps',
        'knownNodeGroups',
        'resolveClassName',
        'useNodeButtonProps',
        'useNodeClickTrigger',
        'useNodeInputProps',
        'useNodeLabelProps',
        'useNodeLoadTrigger',
        'useNodeMessages',
        'useNodeMessagesProps',
        'useNodeSelectProps',
        'useNodeState',
        'useOryComponents',
        'useOryTexts',
        'useScriptNode',
      ].sort(),
    );
  });
});
