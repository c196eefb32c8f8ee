declare module 'miniprogram-compiler' {
  /** Compiles every .wxml under rootPath with wcc; returns the source of a function that returns $gwx. */
  export function wxmlToJs(rootPath: string, options?: Record<string, unknown>): string;
  /** Compiles every .wxss under rootPath with wcsc. */
  export function wxssToJs(rootPath: string, options?: Record<string, unknown>): string;
}
