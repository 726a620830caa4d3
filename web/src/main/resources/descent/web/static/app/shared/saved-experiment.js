// Reading a saved experiment from the server (GET /api/experiments/{id}), for every page that
// opens short links: the playground (/e/{id}) and the function lab (lab.html#id=...).

async function readJson(response) {
  try {
    return await response.json();
  } catch (e) {
    return {};
  }
}

/** The stored document; rejects with the server's error message. */
export async function fetchExperiment(id) {
  const response = await fetch(`/api/experiments/${encodeURIComponent(id)}`,
    { headers: { Accept: 'application/json' } });
  const body = await readJson(response);
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

export { readJson };
