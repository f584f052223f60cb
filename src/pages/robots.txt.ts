import type { APIRoute } from "astro";

/** robots.txt with the sitemap's absolute URL, as the format requires, built from the site's address. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL("/sitemap-index.xml", site ?? "http://localhost:4321");
  return new Response(`User-agent: *\nAllow: /\nSitemap: ${sitemap.href}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
