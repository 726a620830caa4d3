// Starts fetching and compiling the engine as early as possible: the playground pages load this
// small module with async before app/main.js, whose larger module graph is still on its way.
// main.js asks engine-loader.js for the engine again and gets this same promise.
import { startEngine } from './engine-loader.js';

startEngine(location.search, new URL('..', import.meta.url)).catch(() => {
  // main.js reports the failure on the page.
});
