// The real data sets' text, fetched once from the server (copied from the engine's bundled
// files at build time) and cached. digits ships gzip-compressed; the browser inflates it with
// DecompressionStream. The engine parses the text, so page and server read the same numbers.
const FILES = { iris: 'data/iris.csv', wine: 'data/wine_data.csv', digits: 'data/digits.csv.gz' };
const cache = new Map();

export function needsDataText(source) {
  return source in FILES;
}

export function dataText(source, baseUrl) {
  if (!needsDataText(source)) return Promise.resolve('');
  if (!cache.has(source)) {
    const url = new URL(FILES[source], baseUrl);
    const load = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
      if (!FILES[source].endsWith('.gz')) return response.text();
      const inflated = response.body.pipeThrough(new DecompressionStream('gzip'));
      return new Response(inflated).text();
    });
    cache.set(source, load);
    load.catch(() => cache.delete(source));
  }
  return cache.get(source);
}
