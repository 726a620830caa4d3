// Saved experiments: the Save button stores the current experiment on the server and shows its
// short link; a page opened at /e/{id} loads that experiment, shows its title and description,
// and saving an edit of it records the opened one as its parent (a fork).
import { $ } from './dom.js';
import { t } from './i18n.js';
import { stateFromExperiment } from './document-state.js';

const SAVED_PATH = /\/e\/([A-Za-z0-9]{8,64})\/?$/;

/** The id in /e/{id}, or null on the plain playground. */
export function savedId(pathname) {
  const match = SAVED_PATH.exec(pathname);
  return match ? match[1] : null;
}

async function readJson(response) {
  try {
    return await response.json();
  } catch (e) {
    return {};
  }
}

/** Fetches a stored experiment document; rejects with a message for the page. */
export async function fetchExperiment(id) {
  const response = await fetch(`/api/experiments/${encodeURIComponent(id)}`,
    { headers: { Accept: 'application/json' } });
  const body = await readJson(response);
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function showHeading(doc) {
  const box = $('experiment-heading');
  $('experiment-title').textContent = doc.title || '';
  $('experiment-description').textContent = doc.description || '';
  box.hidden = !doc.title && !doc.description;
}

/**
 * @param context {store, csv, experiment() -> the current document, onLoaded(doc)}
 */
export function bindShare(context) {
  const title = $('save-title');
  const description = $('save-description');
  const result = $('share-url');
  const error = $('save-error');
  let loaded = null;
  let loadedJson = null;

  const showError = (message) => {
    error.hidden = !message;
    error.textContent = message;
  };

  $('save').addEventListener('click', async () => {
    showError('');
    const doc = { ...context.experiment() };
    doc.title = title.value.trim() || t('share.untitled');
    if (description.value.trim()) doc.description = description.value.trim();
    else delete doc.description;
    if (loaded) {
      // An unchanged copy keeps its lineage, so saving it again gives the same id; an edit forks.
      const unchanged = JSON.stringify(context.experiment()) === loadedJson;
      const parent = unchanged ? loaded.parent : id;
      if (parent) doc.parent = parent;
    }
    $('save').disabled = true;
    try {
      const response = await fetch('/api/experiments', { method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(doc) });
      const body = await readJson(response);
      if (!response.ok) {
        showError(t('share.failed', { message: body.field ? `${body.field}: ${body.error}` : (body.error || response.status) }));
        return;
      }
      result.value = new URL(body.url, location.href).href;
      result.hidden = false;
      $('copy-share').hidden = false;
    } catch (e) {
      showError(t('share.failed', { message: e.message }));
    } finally {
      $('save').disabled = false;
    }
  });

  $('copy-share').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(result.value);
      $('copy-share').textContent = t('export.copied');
      setTimeout(() => { $('copy-share').textContent = t('share.copy'); }, 1500);
    } catch (e) {
      result.select();
    }
  });

  const id = savedId(location.pathname);
  if (!id) return Promise.resolve(null);
  return fetchExperiment(id).then((doc) => {
    if (doc.kind !== 'network') throw new Error(t('share.notNetwork'));
    loaded = doc;
    title.value = doc.title || '';
    description.value = doc.description || '';
    showHeading(doc);
    context.onLoaded(doc, stateFromExperiment(doc));
    loadedJson = JSON.stringify(context.experiment());
    return doc;
  }).catch((e) => {
    showError(t('share.loadFailed', { message: e.message }));
    return null;
  });
}
