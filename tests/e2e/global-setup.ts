/** Playwright global setup: the fixture pages' real editors bundle, built when stale. */
import { buildFixtureEditors } from '../fixtures/editors/build';

export default async function globalSetup(): Promise<void> {
  if ((await buildFixtureEditors()) === 'built') console.log('built tests/fixtures/editors/dist/editors.js');
}
