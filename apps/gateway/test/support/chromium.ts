export { launchOfflineBrowser, type OfflineBrowser } from '@civic/testing/offline-browser';
