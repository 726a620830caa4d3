// Messages in English and Simplified Chinese. The language comes from a saved choice, else from
// navigator.languages; static text is marked in the HTML with data-i18n (textContent),
// data-i18n-title and data-i18n-aria, and code asks t(key, params). Never innerHTML.
import en from './messages-en.js';
import zh from './messages-zh.js';

const CATALOGS = { en, zh };
const STORAGE_KEY = 'descent.language';
let language = 'en';
const listeners = [];

export function detectLanguage() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && CATALOGS[saved]) return saved;
  } catch (e) {
    // storage blocked: fall through to the browser's languages
  }
  const wanted = navigator.languages && navigator.languages.length
    ? navigator.languages : [navigator.language || 'en'];
  for (const tag of wanted) {
    const lower = String(tag).toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function currentLanguage() {
  return language;
}

/** The message for key with {name} placeholders replaced from params. */
export function t(key, params) {
  let text = CATALOGS[language][key] ?? en[key] ?? key;
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
  }
  return text;
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

export function applyStaticText(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  for (const el of root.querySelectorAll('[data-i18n-aria]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nAria));
  }
}

export function setLanguage(next, persist = true) {
  language = CATALOGS[next] ? next : 'en';
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  if (persist) {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch (e) {
      // not persisted; the choice still holds for this page
    }
  }
  applyStaticText();
  for (const listener of listeners) listener(language);
}
