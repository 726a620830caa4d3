// Says in words where every run stands: the engine's own sentence in English, the same facts
// in Chinese, plus the legend entries and the two notes about the seed article's example.
import { element, svgElement } from '../shared/dom.js';
import { formatNumber, formatTuple } from '../shared/number-format.js';
import { OPTIMIZER_COLORS } from './optimizer-colors.js';
import { OPTIMIZER_NAMES } from './messages.js';

/** One sentence for a run, in the page language. */
export function statusSentence(trace, settings, t, language) {
  const params = {
    name: OPTIMIZER_NAMES[trace.id],
    steps: trace.steps,
    value: formatNumber(trace.value(trace.count - 1)),
    gradient: formatNumber(trace.gradientNorm()),
    tolerance: formatNumber(settings.tolerance),
    max: settings.maxSteps,
    when: trace.steps === 0 ? t('when.zero') : trace.steps === 1 ? t('when.one') : t('when.many', { steps: trace.steps }),
  };
  if (trace.status === 'running') {
    return t('status.running', params);
  }
  // The engine explains in English, with the exact reason (which limit, which kind of bounce).
  const reason = language === 'en' ? trace.explanation() : t(`status.${trace.status}`, params);
  const final = t('status.final', { point: formatTuple(trace.point(trace.count - 1)), value: params.value });
  return `${reason} ${final}`;
}

export function renderStatus(list, race, t, language) {
  list.replaceChildren(...race.traces.map((trace) => element('li',
    { className: `status-line is-${trace.status}`, dataset: { testid: `status-${trace.id}`, status: trace.status } },
    swatch(trace.id),
    element('strong', { text: `${OPTIMIZER_NAMES[trace.id]}: ` }),
    element('span', { text: race.started || trace.finished ? statusSentence(trace, race.settings, t, language) : t('status.idle') }))));
}

export function renderLegend(list, race, t) {
  list.replaceChildren(...race.traces.map((trace) => element('li',
    { dataset: { testid: `legend-${trace.id}`, steps: String(trace.steps), points: String(trace.count) } },
    swatch(trace.id),
    element('span', { className: 'legend-name', text: OPTIMIZER_NAMES[trace.id] }),
    element('span', { className: 'legend-detail',
      text: `${t(race.started ? `legend.state.${trace.status}` : 'legend.state.ready')} · ${t('legend.steps', { steps: trace.steps })}` }))));
}

function swatch(id) {
  return svgElement('svg', { class: 'swatch', viewBox: '0 0 12 12', 'aria-hidden': 'true', width: 12, height: 12 },
    svgElement('circle', { cx: 6, cy: 6, r: 5, fill: OPTIMIZER_COLORS[id] }));
}

/**
 * The article's notes: its start x0 = 1 is already the minimum (0 steps), and its `while True`
 * loop never ends where the lab reports oscillation or divergence.
 */
export function renderArticleNotes({ note, noteText, bug }, race, isArticleFunction, t) {
  const atMinimum = isArticleFunction && race.traces.some((trace) => trace.status === 'converged' && trace.steps === 0);
  note.hidden = !atMinimum;
  noteText.textContent = atMinimum ? t('article.atMinimum') : '';
  bug.hidden = !(isArticleFunction && race.traces.some((trace) => trace.status === 'oscillating' || trace.status === 'diverged'));
}
