// Completes package-lock.json with the platform-specific optional packages
// (native bindings for other operating systems and CPUs) that `npm install`
// leaves out when the registry mirror on this machine does not serve them.
// Without these entries `npm ci` on a clean machine refuses the lock as out of
// sync. Run it after adding or upgrading a dependency with native bindings:
//   node scripts/lockPlatformPackages.mjs
import { readFileSync, writeFileSync } from "node:fs";

const LOCK_PATH = "package-lock.json";
const OPERATING_SYSTEMS = ["android", "darwin", "linux", "win32", "freebsd", "openbsd", "sunos", "aix"];
const CPUS = ["arm64", "x64", "wasm32", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64"];

/** Guesses os/cpu/libc from a binding package's name, e.g. `@biomejs/cli-linux-x64-musl`. */
function platformOf(packageName) {
  const parts = packageName.split("/").pop().split("-");
  const os = OPERATING_SYSTEMS.find((name) => parts.includes(name));
  const cpu = CPUS.find((name) => parts.includes(name));
  const libc = parts.includes("musl") ? "musl" : os === "linux" ? "glibc" : undefined;
  return { os, cpu, libc };
}

const lock = JSON.parse(readFileSync(LOCK_PATH, "utf8"));
const packages = lock.packages;
let added = 0;
for (const entry of Object.values(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const path = `node_modules/${name}`;
    if (packages[path]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!cpu) {
      console.warn(`left out ${name}: no CPU in its name`);
      continue;
    }
    const lockEntry = { version, cpu: [cpu] };
    if (libc) lockEntry.libc = [libc];
    if (entry.dev) lockEntry.dev = true;
    lockEntry.optional = true;
    if (os) lockEntry.os = [os];
    packages[path] = lockEntry;
    added += 1;
  }
}
// npm keeps the root entry first and the rest in code-point order.
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(LOCK_PATH, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} platform package entries`);
