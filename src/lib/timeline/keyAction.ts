/** What a key does on the timeline. */
export type KeyAction =
  | { kind: "move"; by: -1 | 1 }
  | { kind: "jump"; to: "first" | "last" }
  | { kind: "zoom"; by: "in" | "out" | "reset" }
  | { kind: "open" }
  | { kind: "close" };

/**
 * The timeline's keyboard map. Modified keys (Ctrl, Alt, Meta) are left to the browser so its own
 * shortcuts (Ctrl + to zoom the page) keep working.
 */
export function keyAction(event: {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}): KeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case "ArrowRight":
    case "ArrowDown":
      return { kind: "move", by: 1 };
    case "ArrowLeft":
    case "ArrowUp":
      return { kind: "move", by: -1 };
    case "Home":
      return { kind: "jump", to: "first" };
    case "End":
      return { kind: "jump", to: "last" };
    case "+":
    case "=":
      return { kind: "zoom", by: "in" };
    case "-":
    case "_":
    case "−":
      return { kind: "zoom", by: "out" };
    case "0":
      return { kind: "zoom", by: "reset" };
    case "Enter":
    case " ":
      return { kind: "open" };
    case "Escape":
      return { kind: "close" };
    default:
      return null;
  }
}
