// Lists the curated experiments from /api/gallery. Titles and descriptions are user-visible text
// from documents: they are only ever written with textContent, never as HTML.

const list = document.getElementById('gallery');
const status = document.getElementById('gallery-status');

function card(experiment) {
  const item = document.createElement('li');
  item.className = 'card';
  item.dataset.testid = 'gallery-item';
  const link = document.createElement('a');
  // Ids are server-made ([a-z2-7]); encode anyway so no value can change the link's meaning.
  link.href = '/e/' + encodeURIComponent(experiment.id);
  link.textContent = experiment.title || experiment.id;
  const heading = document.createElement('h2');
  heading.appendChild(link);
  const kind = document.createElement('p');
  kind.className = 'kind';
  kind.textContent = experiment.kind === 'function' ? 'function descent' : 'neural network';
  const description = document.createElement('p');
  description.textContent = experiment.description || '';
  item.append(heading, kind, description);
  return item;
}

async function load() {
  try {
    const response = await fetch('/api/gallery', { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error('the server answered ' + response.status);
    }
    const body = await response.json();
    list.replaceChildren(...body.experiments.map(card));
    status.textContent = body.experiments.length + ' experiments';
  } catch (error) {
    status.textContent = 'Could not load the gallery: ' + error.message;
  }
}

load();
