import path from 'node:path';
import { ROOT } from './run-cli.js';

/** Helm's own test data (helm/helm and helm/chart-releaser, Apache-2.0), kept at their original paths. */
export const HELM_FIXTURES = path.join(ROOT, 'test/fixtures/helm');
export const helmFixture = (p: string) => path.join(HELM_FIXTURES, p);
