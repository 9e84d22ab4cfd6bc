// The public statement of safeguards taken, drafted from the answers.
export * from './format';
export * from './groups';
export * from './statement';
export * from './wording';
