// The function input: reads the text with the engine on every edit and, when it cannot, says why
// and marks the exact character under a copy of the input (and the field as invalid).
import { element } from '../shared/dom.js';

const EDIT_PAUSE_MS = 150; // parse once typing pauses, not on every keystroke

export class FunctionField {
  constructor({ input, echo, error, kind }, lab, onFunction) {
    Object.assign(this, { input, echo, error, kind, lab, onFunction });
    this.outcome = null;
    this.timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.read(), EDIT_PAUSE_MS);
    });
  }

  /** Sets the text (a preset) and reads it at once. */
  setText(text) {
    this.input.value = text;
    this.read();
  }

  read() {
    clearTimeout(this.timer);
    this.outcome = this.lab.parse(this.input.value);
    this.render();
    if (this.outcome.ok()) {
      this.onFunction(this.outcome);
    }
  }

  /** Rewrites the messages, e.g. after the language changed. */
  render(t = this.t) {
    this.t = t;
    const outcome = this.outcome;
    if (!outcome || !t) {
      return;
    }
    const ok = outcome.ok();
    this.input.setAttribute('aria-invalid', String(!ok));
    this.error.hidden = ok;
    this.echo.hidden = ok;
    this.kind.textContent = ok ? t(outcome.dimension() === 2 ? 'function.kind2' : 'function.kind1') : '';
    if (ok) {
      this.error.textContent = '';
      this.echo.replaceChildren();
      return;
    }
    const position = outcome.errorPosition();
    this.error.textContent = t('function.errorAt', { message: outcome.errorMessage(), column: position + 1 });
    const text = this.input.value;
    // Past the end ("x +") the mark is a visible blank (␣) just after the text.
    const marked = position < text.length ? text[position] : '␣';
    this.echo.replaceChildren(
      element('span', { text: text.slice(0, position) }),
      element('mark', { dataset: { testid: 'function-error-mark', position: String(position) }, text: marked }),
      element('span', { text: text.slice(position + 1) }));
  }
}
