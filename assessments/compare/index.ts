// Comparison of an organisation's assessments: item by item and score by score between two (compare.ts),
// and the trend over all of them (trend.ts), in date order (order.ts). No schema library: the window uses it.
export * from './compare';
export * from './order';
export * from './trend';
