/**
 * A classic script for the embed's <head>, run before first paint, so a dark or
 * headerless embed never flashes the light default: module scripts run only after
 * parsing. It must agree with parseEmbedParams for `theme` and `title`; the unit
 * test runs both over the same table. Kept as a string so the page can inline it
 * (`set:html`) and the test can execute exactly what ships.
 */
export const THEME_BOOTSTRAP_SCRIPT = [
  "(function(){try{",
  "var p=new URLSearchParams(location.search),d=document.documentElement,",
  't=(p.get("theme")||"").trim().toLowerCase(),h=(p.get("title")||"").trim().toLowerCase();',
  'if(t==="dark"||t==="auto")d.setAttribute("data-theme",t);',
  'if(/^(0|false|no|off)$/.test(h))d.setAttribute("data-title","off");',
  "}catch(e){}})();",
].join("");
