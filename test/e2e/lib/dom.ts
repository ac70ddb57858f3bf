/**
 * The few DOM shapes that page.evaluate callbacks use (the project compiles without the DOM lib).
 * Types only: callbacks are serialized into the page, so they reference `document` through a
 * module-scoped `declare const document: Doc` in each file, never through an import.
 */
export interface El {
  innerText: string;
  textContent: string | null;
  value: string;
  offsetParent: unknown;
  style: { top: string };
  getAttribute(name: string): string | null;
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): Iterable<El>;
}
export interface Doc {
  activeElement: unknown;
  querySelector(sel: string): El | null;
  getElementById(id: string): El | null;
}
