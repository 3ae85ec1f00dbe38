import type { Storage } from '@graphiql/toolkit';

/**
 * GraphiQL keeps its tabs and history in local storage; this keeps each signed-in user's apart
 * (several staff may share one office computer), under `civic.analysis.<user>:`.
 */
export function workbenchStorage(user: string): Storage {
  const prefix = `civic.analysis.${user}:`;
  const ownKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(prefix));
  return {
    getItem: (key) => localStorage.getItem(prefix + key),
    setItem: (key, value) => localStorage.setItem(prefix + key, value),
    removeItem: (key) => localStorage.removeItem(prefix + key),
    get length() {
      return ownKeys().length;
    },
    clear: () => ownKeys().forEach((key) => localStorage.removeItem(key)),
  };
}
