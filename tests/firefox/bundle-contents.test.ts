import { describeBuiltExtension } from '../harness/bundle-contents';
import { FIREFOX_EXTENSION_DIR } from './firefox-extension';

// The Firefox build (`.output/firefox-mv2`, built by `npm run test:firefox`).
describeBuiltExtension('Firefox', FIREFOX_EXTENSION_DIR);
