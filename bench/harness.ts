/**
 * Measures synthesis of N construct instances against N raw L1 resources with the same literal values.
 * Each side builds a fresh app, adds its instances spread over stacks, and synthesizes to a temporary directory.
 * The two sides alternate within one process so that both see the same machine state.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface BenchCase {
  /** The construct measured, e.g. `huaweicloud.VpcepEndpoint`. */
  readonly name: string;
  /** How many instances share one stack (CloudFormation allows at most 500 resources per stack). */
  readonly instancesPerStack: number;
  /** Builds an app holding `n` L2 instances and synthesizes it into `outdir`. */
  readonly l2: (n: number, outdir: string) => void;
  /** Builds an app holding `n` equivalent L1 resources and synthesizes it into `outdir`. */
  readonly l1: (n: number, outdir: string) => void;
  /**
   * The same L1 resources, each inside a bare `Construct` as an L2 holds its `Resource`: the share of the L2's cost
   * that any wrapping construct pays (one more tree node, longer paths and logical ids), whatever it does.
   */
  readonly l1Wrapped: (n: number, outdir: string) => void;
  /** Optional check on the L2 output, e.g. that a singleton stays single whatever N is; returns a problem or undefined. */
  readonly checkOutput?: (outdir: string, n: number) => string | undefined;
}

export interface CaseResult {
  readonly name: string;
  readonly n: number;
  readonly runs: number;
  readonly l2MedianMs: number;
  readonly l1MedianMs: number;
  readonly l1WrappedMedianMs: number;
  readonly ratio: number;
  readonly ratioToWrapped: number;
  readonly l2MsPerInstanceAt100: number;
  readonly l2MsPerInstanceAtN: number;
  readonly growth: number;
  readonly peakRssMiB: number;
  readonly problems: string[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timed(fn: (n: number, outdir: string) => void, n: number): { ms: number; outdir: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'pac-bench-'));
  // Collect the previous run's garbage first, so no side pays for the other's (the child runs with --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.hrtime.bigint();
  fn(n, outdir);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, outdir };
}

function discard(outdir: string): void {
  fs.rmSync(outdir, { recursive: true, force: true });
}

/** Spreads `n` instances over stacks of `perStack`, calling `add(stackIndex, instanceIndex)`. */
export function spread(n: number, perStack: number, addStack: (stackIndex: number) => (i: number) => void): void {
  for (let s = 0; s * perStack < n; s++) {
    const add = addStack(s);
    for (let i = s * perStack; i < Math.min(n, (s + 1) * perStack); i++) add(i);
  }
}

export function runCase(benchCase: BenchCase, n: number, runs: number): CaseResult {
  const problems: string[] = [];
  // Warm-up at full size: load modules, JIT both paths and start aws-cdk-lib's template validator before measuring.
  discard(timed(benchCase.l2, n).outdir);
  discard(timed(benchCase.l1, n).outdir);
  discard(timed(benchCase.l1Wrapped, n).outdir);

  const l2: number[] = [];
  const l1: number[] = [];
  const wrapped: number[] = [];
  const sides: Array<[(n: number, outdir: string) => void, number[]]> = [
    [benchCase.l2, l2], [benchCase.l1, l1], [benchCase.l1Wrapped, wrapped],
  ];
  for (let r = 0; r < runs; r++) {
    // Odd runs go in reverse order, so drift in the machine's speed weighs on every side alike.
    for (const [fn, times] of r % 2 === 0 ? sides : [...sides].reverse()) {
      const run = timed(fn, n);
      if (r === 0 && fn === benchCase.l2 && benchCase.checkOutput) {
        const problem = benchCase.checkOutput(run.outdir, n);
        if (problem) problems.push(problem);
      }
      discard(run.outdir);
      times.push(run.ms);
    }
  }

  const small: number[] = [];
  for (let r = 0; r < runs; r++) {
    const a = timed(benchCase.l2, 100);
    discard(a.outdir);
    small.push(a.ms);
  }

  const l2MedianMs = median(l2);
  const l1MedianMs = median(l1);
  const l1WrappedMedianMs = median(wrapped);
  const perInstanceAt100 = median(small) / 100;
  const perInstanceAtN = l2MedianMs / n;
  return {
    name: benchCase.name,
    n,
    runs,
    l2MedianMs: round(l2MedianMs),
    l1MedianMs: round(l1MedianMs),
    l1WrappedMedianMs: round(l1WrappedMedianMs),
    ratio: round(l2MedianMs / l1MedianMs, 3),
    ratioToWrapped: round(l2MedianMs / l1WrappedMedianMs, 3),
    l2MsPerInstanceAt100: round(perInstanceAt100, 3),
    l2MsPerInstanceAtN: round(perInstanceAtN, 3),
    growth: round(perInstanceAtN / perInstanceAt100, 3),
    peakRssMiB: round(process.resourceUsage().maxRSS / 1024),
    problems,
  };
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
