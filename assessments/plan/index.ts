// The improvement plan: gaps, priorities, the plan built from an assessment, its labels and its views.
export * from './gaps';
export * from './labels';
export * from './pinned';
export * from './plan';
export * from './priority';
export * from './view';
