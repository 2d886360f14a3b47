export * from './ikp-columns';
export * from './select';
export * from './match';
export * from './layout';
export * from './vor-order';
export * from './merge';
