import { defineConfig } from "vitest/config";

// Dates must never depend on the machine's zone: every test runs in a zone
// that is neither UTC nor a whole-day offset from it, so local-time bugs fail.
process.env.TZ = "America/St_Johns";

export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/summaryReporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      // Astro components rendered to HTML by Astro's container, with Astro's own Vite setup.
      "./vitest.components.config.ts",
    ],
  },
});
