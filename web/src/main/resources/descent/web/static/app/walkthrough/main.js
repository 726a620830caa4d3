// The backprop walkthrough page: picks the language, loads the engine, reads the experiment from
// the URL fragment (or takes the article's XOR network) and hands over to the controller.
import { bootEngine } from '../shared/engine-boot.js';
import { bindLanguageSwitch, preferredLanguage, translatePage, translator } from '../shared/locale.js';
import { byId } from '../shared/dom.js';
import { MESSAGES } from './messages.js';
import { fillBuilder, readExperimentFragment } from './experiment-fragment.js';
import { WalkthroughController } from './walkthrough-controller.js';

let language = preferredLanguage();
let t = translator(MESSAGES, language);
translatePage(t, language);
document.title = t('page.title');

/** The builder for the linked experiment, or for the article's network when there is none or it is unusable. */
function chooseNetwork(api) {
  const fragment = readExperimentFragment(location.hash);
  if (fragment?.spec) {
    const builder = fillBuilder(api.createWalkthrough(), fragment.spec);
    const problem = builder.problem();
    if (!problem) {
      return { builder, spec: fragment.spec };
    }
    return { builder: api.createWalkthrough().useArticleXor(), error: problem };
  }
  return { builder: api.createWalkthrough().useArticleXor(), error: fragment?.error };
}

function describe(choice, snapshot) {
  const error = byId('experiment-error');
  error.hidden = !choice.error;
  error.textContent = choice.error ? t('walk.experimentError', { reason: choice.error }) : '';
  const rate = snapshot.learningRate;
  if (!choice.spec) {
    return t('walk.article', { rate });
  }
  const shape = [snapshot.x.length, ...snapshot.layers.map((l) => `${l.units} ${l.activation}`)].join(' → ');
  const text = t('walk.experiment', { shape, loss: snapshot.lossId, rate });
  return choice.spec.dataSource === 'xor' ? text : `${text} ${t('walk.experimentData', { source: choice.spec.dataSource })}`;
}

bootEngine(byId('engine-backend'), byId('load-error'), (backend, reason) => t('engine.failed', { backend, reason }))
  .then(({ api }) => {
    const choice = chooseNetwork(api);
    const controller = new WalkthroughController(choice.builder, t);
    const description = byId('network-description');
    description.textContent = describe(choice, controller.snapshot);
    bindLanguageSwitch(byId('language'), language, (chosen) => {
      language = chosen;
      t = translator(MESSAGES, language);
      translatePage(t, language);
      document.title = t('page.title');
      controller.translate(t);
      description.textContent = describe(choice, controller.snapshot);
    });
    // A new #experiment= (a pasted link, Back in the history) means another network: start over.
    window.addEventListener('hashchange', () => location.reload());
    document.documentElement.dataset.engineReady = 'true';
  })
  .catch(() => {
    // bootEngine has already shown the failure in the page.
  });
