/** One block of a Netlify / Cloudflare Pages `_headers` file. */
export interface HeaderRule {
  /** URL pattern: `*` matches anything (slashes too), `:name` one path segment. */
  pattern: string;
  /** Headers to attach, in file order. */
  set: [name: string, value: string][];
  /** Headers removed by `! Name` lines (Cloudflare Pages only). */
  detach: string[];
}

/**
 * Parses `_headers` text. Throws on a header line before any URL or on a line that is
 * neither, naming the line, since a typo here silently changes a site's security.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: line, set: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${index + 1}: a header comes before any URL pattern`);
    if (line.startsWith("!")) {
      rule.detach.push(line.slice(1).trim().toLowerCase());
      return;
    }
    const colon = line.indexOf(":");
    if (colon < 1) throw new Error(`_headers line ${index + 1}: expected "Name: value", got ${JSON.stringify(line)}`);
    rule.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** True when a `_headers` URL pattern matches a request path. */
export function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a host sends for a path, the way Cloudflare Pages documents it (and Netlify
 * behaves): every matching rule applies, a header set by several rules has its values
 * joined with ", ", and `! Name` removes one set by an earlier rule. Names are lower-cased.
 */
export function headersForPath(rules: HeaderRule[], path: string): Record<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return Object.fromEntries(headers);
}
