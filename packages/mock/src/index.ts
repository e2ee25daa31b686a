export { createMockFetch, type MockCookie, type MockFetch } from './adapters/mock-fetch';
export { type MockServer, type MockServerOptions, startMockServer } from './adapters/server';
export { createMockApp, type MockApp } from './app';
export { type FaultSpec, type KratosErrorId, kratosErrorIds } from './fault-injection';
export type {
  LoginStyle,
  MethodName,
  MockOptions,
  OidcProvider,
  OutOfBandMethod,
  RegistrationStyle,
  RequiredAal,
  ResolvedMockOptions,
  UiRoutes,
} from './options';
export { type MockRecorder, type RecordedExchange, setMockRecorder } from './record';
export type { IdentitySchema, KratosSchemaExtension } from './schema/identity-schema';
export type { CourierMessage, CourierTemplateType, UiContainer, UiNode, UiText } from './types';
export {
  createSoftwareAuthenticator,
  type SoftwareAssertion,
  type SoftwareAttestation,
  type SoftwareAuthenticator,
  type SoftwareCredential,
} from './webauthn/software-authenticator';
export { WEBAUTHN_SCRIPT, WEBAUTHN_SCRIPT_INTEGRITY, WEBAUTHN_SCRIPT_PATH } from './webauthn/webauthn-script';
