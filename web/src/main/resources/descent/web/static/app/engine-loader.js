// Loads the engine that TeaVM compiled from Java: the WebAssembly GC build where the browser
// supports it, the JavaScript build otherwise. ?engine=wasm or ?engine=js forces one.

// The smallest module that declares a GC struct type: it validates only where WasmGC exists.
const WASM_GC_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
  0x01, 0x03, 0x01, 0x5f, 0x00, // type section: one struct type with no fields
]);

export function supportsWasmGc() {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(WASM_GC_PROBE);
  } catch (e) {
    return false;
  }
}

/** Which backend to load: the ?engine= choice when valid, else the best the browser has. */
export function chooseBackend(search) {
  const forced = new URLSearchParams(search).get('engine');
  if (forced === 'js' || forced === 'wasm') {
    return forced;
  }
  return supportsWasmGc() ? 'wasm' : 'js';
}

const started = new Map();

/**
 * Starts loading the chosen backend once per page and returns its promise: app/engine-start.js
 * calls it while the page's other modules are still loading, the page's boot calls it again and
 * gets the same promise.
 */
export function startEngine(search, baseUrl) {
  const backend = chooseBackend(search);
  const key = `${backend} ${baseUrl}`;
  if (!started.has(key)) started.set(key, loadEngine(backend, baseUrl));
  return started.get(key);
}

/**
 * Resolves to { backend, api }, where api holds the functions exported by
 * descent.web.PlaygroundMain.
 */
async function loadEngine(backend, baseUrl) {
  if (backend === 'wasm') {
    const runtime = await import(new URL('wasm/descent.wasm-runtime.js', baseUrl).href);
    const teavm = await runtime.load(new URL('wasm/descent.wasm', baseUrl).href);
    return { backend, api: teavm.exports };
  }
  const api = await import(new URL('js/descent.js', baseUrl).href);
  return { backend, api };
}
