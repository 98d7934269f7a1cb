// eslint-plugin-jsx-a11y 6.10 ships no types; the config uses only its flat recommended config.
declare module 'eslint-plugin-jsx-a11y' {
  import type { Linter } from 'eslint';
  const plugin: { flatConfigs: { recommended: Linter.Config } };
  export default plugin;
}
