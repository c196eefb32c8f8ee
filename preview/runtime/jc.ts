/** j-component, typed as the host uses it (its own typings are for unit tests of one component). */
export const jComponent = require('j-component') as {
  register(definition: Record<string, unknown>): string;
  behavior(definition: Record<string, unknown>): string;
};
