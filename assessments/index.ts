// The domain core's public surface. Importable from the renderer, the services and the CLI alike.
export * from './model/ids';
export * from './model/language';
export * from './model/organisation';
export * from './model/answer';
export * from './model/assessment';
export * from './model/evidence';
export * from './model/migrations';
export * from './catalog/schema';
export * from './catalog/profile';
export * from './catalog/parse';
export * from './catalog/summary';
export * from './scoring/score';
export * from './exchange/export-format';
export * from './exchange/json-schema';
export * from './model/text';
export * from './messages/problem';
export * from './messages/zod';
