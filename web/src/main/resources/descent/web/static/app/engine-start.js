// Starts fetching and compiling the engine as early as possible: every page that runs the engine
// loads this small module with async before its main module, whose larger module graph is still
// on its way. The main module asks engine-loader.js for the engine again and gets this promise.
import { startEngine } from './engine-loader.js';

startEngine(location.search, new URL('..', import.meta.url)).catch(() => {
  // main.js reports the failure on the page.
});
