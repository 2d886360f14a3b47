export { checkVor, VOR_RULES } from './check-vor';
