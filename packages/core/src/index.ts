export * from './client';
export * from './flows';
export * from './hooks';
export * from './i18n';
export * from './nodes';
export * from './renderer';
