// The support persons' library: method cards and the practice library. DATA ONLY.
export type { MethodCard, Practice } from './library/types';
export { methodCards } from './library/methods';
export { practices } from './library/practices';
