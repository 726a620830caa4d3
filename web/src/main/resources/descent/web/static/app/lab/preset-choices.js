// The preset menu: the engine's ready-made functions, plus "your own function" once the text
// no longer matches any of them. Titles and descriptions come from the engine in English and
// from the message table in Chinese.
import { element } from '../shared/dom.js';

export const CUSTOM = 'custom';

export function readPresets(lab) {
  return Array.from({ length: lab.presetCount() }, (_, i) => {
    const preset = lab.preset(i);
    const start = Array.from(preset.start());
    const flatMinima = Array.from(preset.minima());
    const minima = [];
    for (let m = 0; m < flatMinima.length; m += start.length) {
      minima.push(flatMinima.slice(m, m + start.length));
    }
    return {
      id: preset.id(),
      title: preset.title(),
      description: preset.description(),
      expression: preset.expression(),
      normalized: lab.parse(preset.expression()).normalized(),
      start,
      minima,
      optimizer: preset.optimizer(),
      learningRate: preset.learningRate(),
    };
  });
}

export function presetText(preset, field, t, language) {
  return language === 'en' ? preset[field] : t(`preset.${preset.id}.${field}`);
}

export function renderPresetChoices(select, presets, t, language) {
  const chosen = select.value;
  select.replaceChildren(
    ...presets.map((preset) => element('option', { value: preset.id, text: presetText(preset, 'title', t, language) })),
    element('option', { value: CUSTOM, text: t('preset.custom') }));
  if (chosen) {
    select.value = chosen;
  }
}
