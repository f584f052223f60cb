// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";

export default defineConfig({
  // Absolute URLs (feed, sitemap, canonical links) are built from SITE_URL when deploying.
  site: process.env.SITE_URL ?? "http://localhost:4321",
  trailingSlash: "always",
  // Stylesheets stay external files so the pages keep to a Content-Security-Policy without 'unsafe-inline'.
  build: { format: "directory", inlineStylesheets: "never" },
  // Telemetry and dev toolbar would phone home or inject scripts; the site makes no third-party requests.
  devToolbar: { enabled: false },
  // The embed is for other sites' frames and says noindex: it has no place in the sitemap.
  integrations: [sitemap({ filter: (page) => !new URL(page).pathname.startsWith("/embed/") })],
});
