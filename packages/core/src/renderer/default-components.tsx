import {
  DefaultAnchor,
  DefaultDiv,
  DefaultImage,
  DefaultMessage,
  DefaultMessages,
  DefaultNodeMessages,
  DefaultScript,
  DefaultText,
} from './default-content-parts';
import {
  DefaultButton,
  DefaultCheckbox,
  DefaultField,
  DefaultForm,
  DefaultInput,
  DefaultLabel,
  DefaultSelect,
} from './default-control-parts';
import type { OryComponents } from './types';

/** The built-in parts: plain HTML elements, no classes, no styles. */
export const defaultComponents: OryComponents = {
  Form: DefaultForm,
  Field: DefaultField,
  Label: DefaultLabel,
  Input: DefaultInput,
  Checkbox: DefaultCheckbox,
  Select: DefaultSelect,
  Button: DefaultButton,
  Image: DefaultImage,
  Text: DefaultText,
  Anchor: DefaultAnchor,
  Script: DefaultScript,
  Div: DefaultDiv,
  Messages: DefaultMessages,
  Message: DefaultMessage,
  NodeMessages: DefaultNodeMessages,
};
