/**
 * Extension points through which other features add content to the site without touching
 * its pages: a section per badge page, per competency page or on the catalogue, given as data
 * when the site is built. Pass rates from `stats`, for example, fit a `badgeSections` that
 * returns a chart.
 */
import type { Badge, Competency } from '../model/types.js';
import type { Html } from './html.js';

export interface PageSection {
  /** The section's fragment id, unique on the page, such as `pass-rates`. */
  id: string;
  /** The section's heading text, shown as an `h2`. */
  heading: string;
  /**
   * The section's content, made with the `html` template (which escapes every value) or with
   * `renderMarkdown`. An SVG chart built with `html` may be inlined here.
   */
  body: Html;
}

export interface SiteExtensions {
  /** Sections added at the end of a badge page, in the order given; none when absent. */
  badgeSections?(badge: Badge): readonly PageSection[];
  /** Sections added at the end of a competency page. */
  competencySections?(competency: Competency): readonly PageSection[];
  /** Sections added at the end of the catalogue. */
  catalogueSections?(): readonly PageSection[];
}
