// The policy check's public surface: reading a policy, the required-disclosure elements and their rules,
// claims mapped to catalog items, safeguard groups and statement gaps, and checkPolicy over all of them.
export * from './input';
export * from './html';
export * from './text';
export * from './structure';
export * from './match';
export * from './elements';
export * from './element-rules';
export * from './groups';
export * from './claim-vocabulary';
export * from './claims';
export * from './check';
export * from './problems';
export * from './wording';
export * from './assessment-check';
