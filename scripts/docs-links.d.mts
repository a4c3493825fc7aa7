/** Types of scripts/docs-links.mjs (the link check of the built reference). */
export interface Link {
  readonly attr: "href" | "src";
  readonly url: string;
  readonly text: string;
}
export function linksOf(html: string): Link[];
export function isBareAutoLink(link: { readonly url: string; readonly text: string }): boolean;
export function checkSite(root: string): string[];
