export * from "./article.ts";
export * from "./buildReport.ts";
export * from "./dateValue.ts";
export * from "./event.ts";
export * from "./frontMatter.ts";
export * from "./gazetteer.ts";
export * from "./overrides.ts";
export * from "./sourceMeta.ts";
