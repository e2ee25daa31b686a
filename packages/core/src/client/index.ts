export type * from './types';
export * from './outcome';
