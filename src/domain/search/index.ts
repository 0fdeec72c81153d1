export * from './pinyin-keys.ts';
