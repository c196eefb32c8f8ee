/** Modules without type declarations, as the preview runtime uses them. */
declare module 'pz:app' {
  /** The AppManifest built by preview/build.ts. */
  export const manifest: import('../build').AppManifest;
  /** Runs app.ts (calls App({...})). */
  export const appModule: (() => unknown) | null;
  /** Each page and component file, evaluated on first use (calls Component()). */
  export const modules: Record<string, () => unknown>;
}

declare module 'miniprogram-exparser' {
  // biome-ignore lint/suspicious/noExplicitAny: the base library's component engine ships no types
  const exparser: any;
  export default exparser;
}
