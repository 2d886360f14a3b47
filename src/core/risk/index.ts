export * from './risk-value';
export * from './risk-class';
export * from './bands';
export * from './band-colors';
export * from './scale-names';
export * from './formulas';
