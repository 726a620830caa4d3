// The function lab page: picks the language, loads the engine, hands over to the controller.
import { bootEngine } from '../shared/engine-boot.js';
import { bindLanguageSwitch, preferredLanguage, translatePage, translator } from '../shared/locale.js';
import { byId } from '../shared/dom.js';
import { MESSAGES } from './messages.js';
import { LabController } from './lab-controller.js';

let language = preferredLanguage();
let t = translator(MESSAGES, language);
translatePage(t, language);
document.title = t('page.title');

bootEngine(byId('engine-backend'), byId('load-error'), (backend, reason) => t('engine.failed', { backend, reason }))
  .then(({ api }) => {
    const controller = new LabController(api.createFunctionLab(), t, language);
    bindLanguageSwitch(byId('language'), language, (chosen) => {
      language = chosen;
      t = translator(MESSAGES, language);
      translatePage(t, language);
      document.title = t('page.title');
      controller.translate(t, language);
    });
    document.documentElement.dataset.engineReady = 'true';
  })
  .catch(() => {
    // bootEngine has already shown the failure in the page.
  });
