export * from './pinyin-keys.ts';
export * from './given-name.ts';
