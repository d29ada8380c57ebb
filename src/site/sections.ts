/** Parts that badge and competency pages share: sections, fact lists, alignments, reviews. */
import { alignmentTargetType } from '../export/alignments.js';
import type { Alignment, Review } from '../model/types.js';
import { addMonths } from '../util/dates.js';
import { html, safeUrl, type Html, type HtmlValue } from './html.js';

/** Wraps content in a page section whose `h2` heading names it for assistive technology. */
export function section(id: string, heading: string, body: HtmlValue): Html {
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
${body}
</section>`;
}

/** Renders facts as a definition list, leaving out facts without a value; no facts give `undefined`. */
export function factList(facts: readonly [string, HtmlValue][]): Html | undefined {
  const present = facts.filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));
  if (present.length === 0) return undefined;
  return html`<dl class="facts">${present.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>`;
}

/** Alignments as a table; the description and target type columns appear only when some alignment has one. */
export function alignmentTable(alignments: readonly Alignment[], caption: string): Html | undefined {
  if (alignments.length === 0) return undefined;
  const withDescription = alignments.some((alignment) => alignment.description !== undefined);
  const withType = alignments.some((alignment) => alignmentTargetType(alignment) !== undefined);

  const rows = alignments.map((alignment) => {
    const url = safeUrl(alignment.url);
    const name = url === undefined ? html`${alignment.name}` : html`<a href="${url}">${alignment.name}</a>`;
    return html`<tr><td>${alignment.framework ?? ''}</td><td>${alignment.code ?? ''}</td><td>${name}</td>${
      withDescription ? html`<td>${alignment.description ?? ''}</td>` : ''
    }${withType ? html`<td>${alignmentTargetType(alignment) ?? ''}</td>` : ''}</tr>`;
  });
  const header = html`<th scope="col">Framework</th><th scope="col">Code</th><th scope="col">Target</th>${
    withDescription ? html`<th scope="col">Description</th>` : ''
  }${withType ? html`<th scope="col">Target type</th>` : ''}`;
  return html`<div class="table-scroll"><table>
<caption>${caption}</caption>
<thead><tr>${header}</tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}

/**
 * Describes the review record in a sentence or two: the date of the last review and its
 * reviewers, and the date the next review is due under the cadence (its own, else the config's).
 */
export function reviewText(review: Review | undefined, defaultCadence: number | undefined): Html | undefined {
  if (review === undefined) return undefined;
  const cadence = review.cadenceMonths ?? defaultCadence;
  const reviewers = review.by.join(', ');

  const sentences: Html[] = [];
  if (review.last !== undefined) {
    const by = reviewers === '' ? '' : html` by ${reviewers}`;
    sentences.push(html`Last reviewed on <time datetime="${review.last}">${review.last}</time>${by}.`);
    if (cadence !== undefined) {
      const due = addMonths(review.last, cadence);
      sentences.push(html` Next review due by <time datetime="${due}">${due}</time> (every ${monthsText(cadence)}).`);
    }
  } else {
    sentences.push(html`No review date is recorded.`);
    if (reviewers !== '') sentences.push(html` Reviewers: ${reviewers}.`);
    if (cadence !== undefined) sentences.push(html` Reviewed every ${monthsText(cadence)}.`);
  }
  return html`<p>${sentences}</p>`;
}

function monthsText(months: number): string {
  return months === 1 ? 'month' : `${months} months`;
}
