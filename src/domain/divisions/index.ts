export * from './city.ts';
export * from './tree.ts';
export * from './units.ts';
