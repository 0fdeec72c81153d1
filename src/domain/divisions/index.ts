export * from './tree.ts';
export * from './units.ts';
