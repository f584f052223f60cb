export * from "./article.ts";
export * from "./dateValue.ts";
export * from "./event.ts";
