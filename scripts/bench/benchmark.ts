/** A named benchmark: runs and returns the lines to print. */
export interface Benchmark {
  name: string;
  run: () => string[] | Promise<string[]>;
}
