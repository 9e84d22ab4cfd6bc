// Runs a TypeScript worker-thread entry under tsx, for tests and the test bridge (the app runs the built
// JavaScript). The entry's path comes in workerData.tsEntry; the entry reads the rest of workerData itself.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';

register();
await import(pathToFileURL(workerData.tsEntry).href);
