import type { Reporter, TestModule } from "vitest/node";

/**
 * Ends every run with one plain line, "Summary: N passed, N failed, N skipped", after a line per skipped test
 * with its full name (which says why it was skipped), so a person or a CI log reader sees the verdict without scrolling.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    const skipped: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        counts[test.result().state] += 1;
        if (test.result().state === "skipped")
          skipped.push(`${module.moduleId.split("/tests/").pop()}: ${test.fullName}`);
      }
      // A file that cannot even load (syntax error, failed setup) has no tests but must fail the run.
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) counts.failed += 1;
    }
    counts.failed += unhandledErrors.length;
    for (const name of skipped) process.stdout.write(`\nSkipped: ${name}`);
    process.stdout.write(`\nSummary: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
