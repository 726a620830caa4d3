// Loads the engine for a page that is not the playground: the same loader, the same ?engine=
// switch, and the same visible failure message when neither backend loads.
import { chooseBackend, startEngine } from '../engine-loader.js';

/**
 * Resolves to { backend, api } after writing the backend's name into backendOutput and marking
 * <html data-engine-ready>, or shows the failure in errorNode and rejects.
 */
export async function bootEngine(backendOutput, errorNode, failureText) {
  const backend = chooseBackend(location.search);
  try {
    const engine = await startEngine(location.search, new URL('../..', import.meta.url));
    backendOutput.textContent = engine.backend;
    return engine;
  } catch (error) {
    backendOutput.textContent = 'failed';
    errorNode.hidden = false;
    errorNode.textContent = failureText(backend, error.message);
    console.error(error);
    throw error;
  }
}
