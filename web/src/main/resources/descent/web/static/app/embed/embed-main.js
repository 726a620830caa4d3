// The embed view (/embed/{id} and /embed#<state>): the playground with minimal chrome, its
// query options applied, driven by its host page through the descent/1 postMessage API.
import { boot } from '../main.js';
import { $ } from '../dom.js';
import { stateFromFragment, fragmentFromState } from '../url-state.js';
import { t } from '../i18n.js';
import { PROTOCOL, connectEmbedApi } from './embed-api.js';
import { READONLY_BUTTONS, READONLY_SCOPES, elementsFor, parseEmbedOptions } from './embed-options.js';
import { stateFromExperiment } from './experiment-state.js';

const ID_PATH = /^\/embed\/([A-Za-z0-9]{1,64})\/?$/;

// The server serves the playground page itself (EmbedPage.java): what only the full page has
// goes before the page boots, so it binds none of it, and the top bar becomes the embed's header.
for (const el of document.querySelectorAll('.full-only')) el.remove();
document.querySelector('.topbar').classList.replace('topbar', 'embed-header');

const options = parseEmbedOptions(location.search);
for (const w of options.warnings) console.warn(`descent embed: ${w}`);
const root = document.documentElement;
if (options.theme) root.dataset.theme = options.theme;
if (options.readonly) root.dataset.readonly = 'true';

// Host messages that arrive while the engine loads are answered once it is ready.
const early = [];
const queue = (event) => early.push(event);
addEventListener('message', queue);

function tellHost(action, body) {
  if (window.parent !== window) window.parent.postMessage({ type: PROTOCOL, action, ...body }, '*');
}

function showError(message) {
  const box = $('load-error');
  box.hidden = false;
  box.textContent = message;
  root.dataset.embedError = 'true';
}

/** The experiment to start from: the stored one for /embed/{id}, else the fragment. */
async function initial() {
  const match = ID_PATH.exec(location.pathname);
  if (!match) return { state: stateFromFragment(location.hash), csvText: '', id: null, document: null };
  const response = await fetch(`/api/experiments/${match[1]}`, { headers: { Accept: 'application/json' } });
  if (response.status === 404) throw new Error(t('embed.notFound'));
  if (!response.ok) throw new Error(t('embed.fetchFailed', { status: response.status }));
  const doc = await response.json();
  const loaded = stateFromExperiment(doc);
  for (const w of loaded.warnings) console.warn(`descent embed: ${w}`);
  if (doc.title) document.title = `${doc.title} · Descent`;
  return { ...loaded, id: match[1], title: doc.title, document: doc };
}

function applyHide() {
  for (const name of options.hide) {
    for (const el of elementsFor(name)) el.classList.add('embed-hidden');
  }
  root.dataset.hide = options.hide.join(',');
}

/** Disables every control that would change the experiment, now and after each re-render. */
function applyReadonly() {
  const lock = () => {
    for (const id of READONLY_SCOPES) {
      const scope = $(id);
      if (!scope) continue;
      for (const c of scope.querySelectorAll('input, select, textarea, button')) {
        if (!c.disabled) c.disabled = true;
      }
    }
  };
  for (const id of READONLY_BUTTONS) {
    const b = $(id);
    if (b) b.classList.add('embed-hidden');
  }
  lock();
  const observer = new MutationObserver(lock);
  for (const id of READONLY_SCOPES) {
    if ($(id)) observer.observe($(id), { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  }
}

/** "Open in Descent": the full playground with the same experiment, in a new tab. */
function bindOpenLink(store, id) {
  const link = $('embed-open-full');
  const update = () => {
    link.href = id ? `/e/${id}` : `/${fragmentFromState(store.get())}`;
  };
  update();
  if (!id) store.subscribe(update);
}

let api = null;
initial().then((start) => boot({
  initialState: start.state,
  csvText: start.csvText,
  document: start.document,
  urlState: false,
  readonly: options.readonly,
  language: options.language,
  onRefresh: (metrics, running) => api && api.onRefresh(metrics, running),
}).then(({ store, controller }) => {
  applyHide();
  if (options.readonly) applyReadonly();
  bindOpenLink(store, start.id);
  api = connectEmbedApi({ controller, store });
  removeEventListener('message', queue);
  root.dataset.embedReady = 'true';
  api.ready();
  api.replay(early.splice(0));
  if (options.autoplay) controller.play();
})).catch((error) => {
  showError(error.message);
  tellHost('error', { message: error.message });
  console.error(error);
});
