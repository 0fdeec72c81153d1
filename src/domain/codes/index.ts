export * from './sex.ts';
export * from './ethnicity.ts';
export * from './relationships.ts';
export * from './household-kinds.ts';
export * from './urban-rural.ts';
export * from './cancellation-reasons.ts';
