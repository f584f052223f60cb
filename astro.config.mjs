// @ts-check
import { defineConfig } from "astro/config";

export default defineConfig({
  // Absolute URLs (feed, sitemap, canonical links) are built from SITE_URL when deploying.
  site: process.env.SITE_URL ?? "http://localhost:4321",
  trailingSlash: "always",
  build: { format: "directory" },
  // Telemetry and dev toolbar would phone home or inject scripts; the site makes no third-party requests.
  devToolbar: { enabled: false },
});
