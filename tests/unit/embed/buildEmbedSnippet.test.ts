import { describe, expect, it } from "vitest";
import { buildEmbedSnippet } from "../../../src/lib/embed/buildEmbedSnippet.ts";
import { DEFAULT_EMBED_VIEW } from "../../../src/lib/embed/embedParams.ts";

describe("buildEmbedSnippet(origin, view)", () => {
  it("writes a sandboxed, lazy, titled iframe of /embed/ and the host script", () => {
    expect(buildEmbedSnippet("https://timeline.example/some/page?x=1", DEFAULT_EMBED_VIEW)).toBe(
      [
        '<iframe src="https://timeline.example/embed/" title="News timeline" width="100%" height="480" style="border:0;width:100%;max-width:100%;display:block" loading="lazy" sandbox="allow-scripts allow-popups" data-news-timeline=""></iframe>',
        '<script src="https://timeline.example/embed.js" async></script>',
      ].join("\n"),
    );
  });

  it("puts the view in the URL, escaping & for the attribute", () => {
    const html = buildEmbedSnippet("http://127.0.0.1:4321", {
      ...DEFAULT_EMBED_VIEW,
      topics: ["gaza", "syria"],
      theme: "dark",
    });
    expect(html).toContain('src="http://127.0.0.1:4321/embed/?topics=gaza,syria&amp;theme=dark"');
  });

  it("uses the view's height as the frame's fallback height", () => {
    expect(buildEmbedSnippet("https://t.example", { ...DEFAULT_EMBED_VIEW, height: 720 })).toContain('height="720"');
  });

  it("escapes a title so it cannot close the attribute", () => {
    const html = buildEmbedSnippet("https://t.example", DEFAULT_EMBED_VIEW, { title: `Syria "timeline" <b>&</b> 'x'` });
    expect(html).toContain('title="Syria &quot;timeline&quot; &lt;b&gt;&amp;&lt;/b&gt; &#39;x&#39;"');
  });

  it.each(["javascript:alert(1)", "data:text/html,x", "not a url"])("refuses the origin %j", (origin) => {
    expect(() => buildEmbedSnippet(origin, DEFAULT_EMBED_VIEW)).toThrow();
  });
});
