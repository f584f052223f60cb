import { getViteConfig } from "astro/config";

// Components rendered to HTML with Astro's container API, outside a browser: Astro's Vite setup compiles .astro files.
export default getViteConfig({
  test: {
    name: "components",
    include: ["tests/components/**/*.test.ts"],
    environment: "node",
  },
});
