import { describe, expect, it } from 'vitest';
import * as nodes from './index';

describe('nodes/index', () => {
  it('should export exactly the public node helpers', () => {
    expect(Object.keys(nodes).sort()).toEqual(
      [
        'filterNodes',
        'getFormMethods',
        'getNodeId',
        'getNodeLabel',
        'getNodeName',
        'getNodeTrigger',
        'getNodeType',
        'getNodeValue',
        'groupNodes',
        'isAnchorNode',
        'isDivNode',
        'isImageNode',
        'isInputNode',
        'isScriptNode',
        'isSecretNode',
        'isTextNode',
        'parseLegacyTrigger',
        'toFormValue',
        'toTriggerName',
        'webAuthnTriggerNames',
      ].sort(),
    );
  });
});
