export { createMockFetch, type MockCookie, type MockFetch } from './adapters/mock-fetch';
export { type MockServer, type MockServerOptions, startMockServer } from './adapters/server';
export { createMockApp, type MockApp } from './app';
export type {
  LoginStyle,
  MockOptions,
  RegistrationStyle,
  ResolvedMockOptions,
  UiRoutes,
} from './options';
export type { IdentitySchema, KratosSchemaExtension } from './schema/identity-schema';
export type { CourierMessage, UiContainer, UiNode, UiText } from './types';
