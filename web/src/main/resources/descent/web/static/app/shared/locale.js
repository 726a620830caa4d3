// Chooses the page language (English or Simplified Chinese) and translates keyed messages. Kept
// apart from each page's message tables so the playground's i18n can later absorb them.

const STORAGE_KEY = 'descent.language';
export const LANGUAGES = ['en', 'zh-CN'];
// The playground stores its choice as "en" or "zh" under the same key: one choice for every page.
const STORED = { en: 'en', 'zh-CN': 'zh' };

/** The stored choice, else zh-CN for any Chinese browser language, else English. */
export function preferredLanguage() {
  const stored = LANGUAGES.find((language) => STORED[language] === readStored());
  if (stored) {
    return stored;
  }
  const wanted = navigator.languages?.length ? navigator.languages : [navigator.language || 'en'];
  return wanted.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

export function rememberLanguage(language) {
  try {
    localStorage.setItem(STORAGE_KEY, STORED[language]);
  } catch (e) {
    // Storage may be disabled (private mode): the choice then lasts for this page only.
  }
}

function readStored() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch (e) {
    return null;
  }
}

/**
 * A function t(key, params) reading tables[language], falling back to English; "{name}" in a
 * message is replaced by params.name.
 */
export function translator(tables, language) {
  const table = tables[language] ?? tables.en;
  return (key, params = {}) => {
    const message = table[key] ?? tables.en[key];
    if (message === undefined) {
      throw new Error(`No message '${key}'`);
    }
    return message.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
  };
}

/**
 * Writes the static texts of the page: data-i18n="key" sets textContent, data-i18n-label="key"
 * the aria-label, data-i18n-placeholder="key" the placeholder.
 */
export function translatePage(t, language) {
  document.documentElement.lang = language;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n);
  }
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  }
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) {
    node.setAttribute('placeholder', t(node.dataset.i18nPlaceholder));
  }
}

/** Fills a language <select> and calls onChange(language) when the user picks another. */
export function bindLanguageSwitch(select, language, onChange) {
  select.replaceChildren(...LANGUAGES.map((code) => {
    const option = document.createElement('option');
    option.value = code;
    option.textContent = code === 'en' ? 'English' : '简体中文';
    return option;
  }));
  select.value = language;
  select.addEventListener('change', () => {
    rememberLanguage(select.value);
    onChange(select.value);
  });
}
