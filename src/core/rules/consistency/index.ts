export { checkConsistency, CONSISTENCY_RULES } from './check-consistency';
export { consistencyInput, type ConsistencyInput } from './consistency-input';
