// The benchmark page: runs the standard configurations on both engine builds in this tab and
// publishes the figures as JSON (data-testid="bench-results") for bin/bench and for people.
// ?engine=wasm|js|both (default both), ?configs=1,2,3,4, ?runs=5, ?fingerprints=0 to skip the
// bit-pattern check.
import { FrameDrawer } from './draw.js';

const params = new URLSearchParams(location.search);
const RUNS = Number(params.get('runs') || 5);
const CONFIGS = (params.get('configs') || '1,2,3,4').split(',').map(Number);
const ENGINES = params.get('engine') === 'wasm' ? ['wasm']
  : params.get('engine') === 'js' ? ['js'] : ['wasm', 'js'];
const FINGERPRINTS = params.get('fingerprints') !== '0';
const FRAMES = 40;
const DATA_FILES = { iris: '/data/iris.csv', digits: '/data/digits.csv.gz' };

const $ = (id) => document.getElementById(id);
const results = [];
const fingerprints = {};

function status(text) {
  $('status').textContent = text;
}

/** Lets the page repaint between measurements. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function loadBackend(backend) {
  if (backend === 'wasm') {
    const runtime = await import('/wasm/descent.wasm-runtime.js');
    const teavm = await runtime.load('/wasm/descent.wasm');
    return teavm.exports.createBenchmark();
  }
  const api = await import('/js/descent.js');
  return api.createBenchmark();
}

const dataCache = new Map();
async function dataText(name) {
  if (!name) return '';
  if (!dataCache.has(name)) {
    const response = await fetch(DATA_FILES[name]);
    if (!response.ok) throw new Error(`${DATA_FILES[name]}: HTTP ${response.status}`);
    let text;
    if (DATA_FILES[name].endsWith('.gz')) {
      // Served as a gzip file (maybe gzip-encoded again on the wire, which fetch undoes).
      const bytes = new Uint8Array(await response.arrayBuffer());
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      text = gzipped
        ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
        : new TextDecoder().decode(bytes);
    } else {
      text = await response.text();
    }
    dataCache.set(name, text);
  }
  return dataCache.get(name);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Epochs per second of one fresh session over about ms milliseconds; tested: each epoch also
 * evaluates the test set (the playground instead reads the test metrics once per frame).
 */
function timedRun(api, config, text, ms, tested) {
  const run = api.createRun(config, text);
  run.setTestEveryEpoch(tested);
  let chunk = 1;
  let epochs = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    const before = now;
    run.step(chunk);
    epochs += chunk;
    now = performance.now();
    // Calls of about 5 ms keep the timer overhead negligible.
    if (now - before < 5 && chunk < 1 << 20) chunk *= 2;
  }
  return epochs / ((now - start) / 1000);
}

async function epochsPerSecond(api, config, text, tested) {
  const ms = config === 3 ? 1000 : 500;
  timedRun(api, config, text, ms, tested); // warm-up: the engine's code gets optimised
  const rates = [];
  for (let r = 0; r < RUNS; r++) {
    await pause();
    rates.push(timedRun(api, config, text, ms, tested));
  }
  return median(rates);
}

/** Grid and full visual update timings for a 2-D configuration, after 200 epochs of training. */
async function frameTimes(api, config) {
  const run = api.createRun(config, '');
  run.step(200);
  const drawer = new FrameDrawer($('heatmap'), $('thumbnails'), $('chart'),
    Array.from(run.layerSizes()));
  for (let i = 0; i < 20; i++) run.evaluateGridOnly(); // warm-up
  const grid = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    run.evaluateGridOnly();
    grid.push(performance.now() - t0);
  }
  // The frame: evaluate the grid, hand it to the page, paint heatmap and thumbnails, redraw the
  // chart. viaArray: the grid comes back as a Java double[] (copied into a JS array by the
  // interop) instead of a Float64Array view; measured too because the playground did that.
  const frames = async (viaArray) => {
    const frame = [];
    const paint = [];
    for (let i = 0; i < FRAMES + 10; i++) {
      await nextFrame();
      run.step(5); // the weights move between frames, as in the playground (not timed)
      const t0 = performance.now();
      const values = viaArray ? run.evaluateGrid() : run.evaluateGridView();
      const chart = run.lossChart(300);
      const t1 = performance.now();
      drawer.draw(values, chart);
      const t2 = performance.now();
      if (i >= 10) { // the first frames warm the drawing code up
        frame.push(t2 - t0);
        paint.push(t2 - t1);
      }
    }
    return { frameMs: median(frame), paintMs: median(paint) };
  };
  const view = await frames(false);
  const array = await frames(true);
  return { gridMs: median(grid), frameMs: view.frameMs, paintMs: view.paintMs,
    frameViaArrayMs: array.frameMs };
}

function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function show(entry) {
  const row = document.createElement('tr');
  const cells = [entry.config, entry.backend, Math.round(entry.epochsPerSecond),
    Math.round(entry.testedEpochsPerSecond), entry.gridMs ?? '', entry.frameMs ?? '',
    entry.paintMs ?? '', entry.frameViaArrayMs ?? ''];
  for (const value of cells) {
    const cell = document.createElement('td');
    cell.textContent = String(value);
    row.append(cell);
  }
  $('rows').append(row);
  $('results').textContent = JSON.stringify(results, null, 1);
}

async function main() {
  const apis = {};
  for (const backend of ENGINES) {
    status(`loading the ${backend} engine`);
    apis[backend] = await loadBackend(backend);
  }
  for (const config of CONFIGS) {
    for (const backend of ENGINES) {
      const api = apis[backend];
      status(`config ${config} on ${backend}`);
      await pause();
      const text = await dataText(api.dataSetOf(config));
      const entry = { config, backend };
      entry.epochsPerSecond = round(await epochsPerSecond(api, config, text, false), 1);
      entry.testedEpochsPerSecond = round(await epochsPerSecond(api, config, text, true), 1);
      if (config <= 2) {
        const times = await frameTimes(api, config);
        entry.gridMs = round(times.gridMs, 3);
        entry.frameMs = round(times.frameMs, 3);
        entry.paintMs = round(times.paintMs, 3);
        entry.frameViaArrayMs = round(times.frameViaArrayMs, 3);
      }
      results.push(entry);
      show(entry);
    }
  }
  if (FINGERPRINTS) {
    for (const backend of ENGINES) {
      status(`loss bit patterns on ${backend}`);
      await pause();
      const api = apis[backend];
      fingerprints[backend] = {
        config1: api.sessionFingerprint(1, '', api.spiralFingerprintEpochs()),
        xor: api.xorFingerprint(api.xorFingerprintEpochs()),
        math: api.mathFingerprint(),
      };
    }
    $('fingerprints').textContent = JSON.stringify(fingerprints);
  }
  status('done');
  document.documentElement.dataset.benchDone = 'true';
}

main().catch((error) => {
  status(`failed: ${error.message}`);
  document.documentElement.dataset.benchDone = 'failed';
  console.error(error);
});
