// Worker-thread entry: checks one catalog file's bytes and posts the result. The app runs catalog checks
// here so that even a hostile file (the checks are bounded, but a 5 MB file still takes a moment) never
// holds up the main process that answers the window.
import { parentPort, workerData } from 'node:worker_threads';
import { parseCatalogBytes } from '../../../assessments/catalog/parse';

const { bytes, fileName } = workerData as { bytes: Uint8Array; fileName: string };
parentPort?.postMessage(parseCatalogBytes(bytes, fileName));
