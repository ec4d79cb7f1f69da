/** One measured number from a benchmark, with the target it is held to (if any). */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
}
