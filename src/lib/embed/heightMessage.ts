import { EMBED_HEIGHT_BOUNDS } from "./embedParams.ts";

/** `type` of the message an embed posts to its parent when its content height changes. */
export const HEIGHT_MESSAGE_TYPE = "timeline:height";

/** Version of the message format; a host ignores versions it does not know. */
export const HEIGHT_MESSAGE_VERSION = 1;

/**
 * The one message the embed sends (documented in docs/embed.md):
 * `{ type: "timeline:height", v: 1, id?: string, height: number }`, height in CSS pixels.
 */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  v: typeof HEIGHT_MESSAGE_VERSION;
  /** The frame's `id` parameter, when the publisher gave one. */
  id?: string;
  /** Whole CSS pixels, within EMBED_HEIGHT_BOUNDS. */
  height: number;
}

/** Builds the message for a measured height: rounded up so nothing is clipped, clamped to the bounds a host accepts. */
export function heightMessage(measured: number, id: string | null = null): HeightMessage {
  const { min, max } = EMBED_HEIGHT_BOUNDS;
  const height = Math.min(max, Math.max(min, Math.ceil(Number.isFinite(measured) ? measured : min)));
  return id
    ? { type: HEIGHT_MESSAGE_TYPE, v: HEIGHT_MESSAGE_VERSION, id, height }
    : { type: HEIGHT_MESSAGE_TYPE, v: HEIGHT_MESSAGE_VERSION, height };
}

/**
 * Returns the message when `data` is a well-formed height message within bounds, else null.
 * Anything can post to a window, so every field is checked; extra fields are allowed so a
 * later v1 sender can add information without breaking older hosts.
 */
export function readHeightMessage(data: unknown): HeightMessage | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const { type, v, id, height } = data as Record<string, unknown>;
  if (type !== HEIGHT_MESSAGE_TYPE || v !== HEIGHT_MESSAGE_VERSION) return null;
  if (typeof height !== "number" || !Number.isFinite(height)) return null;
  if (height < EMBED_HEIGHT_BOUNDS.min || height > EMBED_HEIGHT_BOUNDS.max) return null;
  if (id !== undefined && (typeof id !== "string" || id.length > 64)) return null;
  return id === undefined ? { type, v, height } : { type, v, id, height };
}
