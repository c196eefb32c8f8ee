declare module 'miniprogram-compiler' {
  interface CompilerOptions {
    wxmlList?: string[];
    wxssList?: string[];
    /** The compiler's output is read whole from its stdout: the default 1 MB is too small for this app. */
    maxBuffer?: number;
  }
  /** Compiles every .wxml under rootPath with wcc; returns the source of a function that returns $gwx. */
  export function wxmlToJs(rootPath: string, options?: CompilerOptions): string;
  /** Compiles every .wxss under rootPath with wcsc. */
  export function wxssToJs(rootPath: string, options?: CompilerOptions): string;
}
