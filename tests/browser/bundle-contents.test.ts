import { describeBuiltExtension } from '../harness/bundle-contents';
import { EXTENSION_DIR } from '../harness/extension';

// The Chromium build (`.output/chrome-mv3`, built by `npm run test:browser`).
describeBuiltExtension('Chromium', EXTENSION_DIR);
