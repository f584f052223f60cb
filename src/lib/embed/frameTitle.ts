/** The product's name, which every embed title starts with. */
export const PRODUCT_NAME = "News timeline";

/**
 * The title of an embedded view, for its header and for the iframe's `title` (which screen readers
 * announce, so a page with two timelines can tell them apart): "News timeline: Syria, Gaza".
 */
export function frameTitle(topics: readonly string[], names: Readonly<Record<string, string>> = {}): string {
  return topics.length > 0
    ? `${PRODUCT_NAME}: ${topics.map((topic) => names[topic] ?? topic).join(", ")}`
    : PRODUCT_NAME;
}
