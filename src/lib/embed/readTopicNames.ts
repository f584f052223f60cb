/** Reads the topic display names a page wrote as JSON in an attribute; a broken value only costs the nice names. */
export function readTopicNames(json: string | undefined): Record<string, string> {
  try {
    const names: unknown = JSON.parse(json ?? "{}");
    if (typeof names !== "object" || names === null || Array.isArray(names)) return {};
    return Object.fromEntries(
      Object.entries(names).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
  } catch {
    return {};
  }
}
