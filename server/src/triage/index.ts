export { classifyText } from './classify-text.ts';
