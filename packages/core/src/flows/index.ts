export { FlowView, type FlowViewFormProps, type FlowViewProps } from './flow-view';
export { LoginFlow, type LoginFlowProps } from './login-flow';
export { OryProvider, type OryProviderProps } from './ory-provider';
export { RegistrationFlow, type RegistrationFlowProps } from './registration-flow';
export { RouteLink } from './route-link';
