// The embed view's query options (docs/embedding.md): which parts to hide, autoplay, readonly,
// theme and language. Unknown names are reported with console.warn and otherwise ignored.

const field = (id) => ({ id, field: true });
/** hide=name,...: each name and what it hides (elements by id or by selector). */
export const HIDE_TARGETS = {
  header: ['.embed-header'],
  readout: ['.run-readout'],
  'readout.speed': [field('speed')],
  data: ['.data-panel'],
  'data.controls': ['#data-controls'],
  network: ['.network-panel'],
  'network.controls': ['#network-controls'],
  output: ['.output-panel'],
  'output.controls': ['#output-controls'],
  charts: ['.charts-panel'],
  'charts.accuracy': ['#accuracy-chart', '#confusion'],
  controls: ['.run-buttons', '#training-row', '#more-training'],
  'controls.play': ['#play'],
  'controls.step': ['#step', '#step-batch', '#batch-progress'],
  'controls.reset': ['#reset'],
  'controls.reseed': ['#reseed'],
  'controls.training': ['#training-row', '#more-training'],
  'controls.learningRate': [field('learning-rate'), field('lr-preset')],
  'controls.optimizer': [field('optimizer')],
  'controls.schedule': [field('schedule')],
  'controls.regularization': [field('regularization'), field('regularization-rate')],
  'controls.more': ['#more-training'],
  'controls.batchSize': [field('batch-size')],
};
export const THEMES = ['light', 'dark'];
export const LANGUAGES = ['en', 'zh'];

const truthy = (v) => v === '' || v === '1' || v === 'true' || v === 'yes';

/** {hide: string[], autoplay, readonly, theme, language, warnings} from a query string. */
export function parseEmbedOptions(search) {
  const params = new URLSearchParams(search);
  const warnings = [];
  const hide = [];
  for (const value of params.getAll('hide')) {
    for (const name of value.split(',').map((s) => s.trim()).filter(Boolean)) {
      if (name in HIDE_TARGETS) {
        if (!hide.includes(name)) hide.push(name);
      } else {
        warnings.push(`hide: unknown part "${name}" (known: ${Object.keys(HIDE_TARGETS).join(', ')})`);
      }
    }
  }
  const flag = (name) => params.has(name) && truthy(params.get(name));
  let theme = params.get('theme');
  if (theme !== null && !THEMES.includes(theme)) {
    warnings.push(`theme: "${theme}" is not light or dark; following the system`);
    theme = null;
  }
  let language = params.get('lang');
  if (language !== null && !LANGUAGES.includes(language)) {
    warnings.push(`lang: "${language}" is not en or zh`);
    language = null;
  }
  return { hide, autoplay: flag('autoplay'), readonly: flag('readonly'), theme, language, warnings };
}

/** The elements one hide name stands for, in this document. */
export function elementsFor(name, doc = document) {
  const out = [];
  for (const target of HIDE_TARGETS[name] || []) {
    if (typeof target === 'string') {
      out.push(...doc.querySelectorAll(target));
    } else {
      const el = doc.getElementById(target.id);
      const wrapper = el && (el.closest('.field') || el.closest('div') || el);
      if (wrapper) out.push(wrapper);
    }
  }
  return out;
}

/** The containers whose form controls readonly disables (they change the experiment). */
export const READONLY_SCOPES = ['data-controls', 'network-controls', 'training-row', 'more-training'];
export const READONLY_BUTTONS = ['reseed', 'diverged-fix'];
