/**
 * The pages' Content Security Policy. The pages need no script, so the policy forbids
 * scripts, objects and frames. Styles are inline, and images may come from any URL a badge names.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; img-src * data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * The style sheet every page carries inline, so that a page works alone. Colours keep a
 * contrast of at least 7:1 for text; flags are also written as words, never colour alone.
 */
export const SITE_CSS = `
:root { color-scheme: light; --text: #1b1b1b; --muted: #4a4a4a; --link: #0b4f9c; --border: #c4c4c4; --surface: #f3f5f8; --flag: #8a1020; --flag-bg: #fdecee; --many-bg: #fff3d1; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--text); background: #fff; }
.skip { position: absolute; left: -100rem; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem 1rem; border: 2px solid var(--link); }
.site-header, main, .site-footer { max-width: 64rem; margin: 0 auto; padding-left: 1.25rem; padding-right: 1.25rem; }
.site-header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; padding-top: .9rem; padding-bottom: .6rem; border-bottom: 1px solid var(--border); }
.site-name { font-weight: 700; font-size: 1.1rem; }
.site-header ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; }
.breadcrumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: .35rem; margin: 1rem 0 0; padding: 0; color: var(--muted); }
.breadcrumbs li + li::before { content: "/"; margin-right: .35rem; }
a { color: var(--link); }
a:focus-visible { outline: 3px solid #c25e00; outline-offset: 2px; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1rem 0 .75rem; }
h2 { font-size: 1.4rem; line-height: 1.3; margin: 2.25rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1rem; }
th, td { border: 1px solid var(--border); padding: .45rem .6rem; text-align: left; vertical-align: top; }
thead th, tfoot th, tfoot td { background: var(--surface); }
caption { text-align: left; font-weight: 600; padding: .25rem 0 .4rem; }
.lead { font-size: 1.1rem; }
.intro { display: flex; gap: 1.25rem; align-items: flex-start; }
.intro img { width: 8rem; height: 8rem; object-fit: contain; flex: none; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 1rem 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--border); border-radius: .5rem; padding: .9rem 1rem; display: flex; gap: .9rem; }
.card img { width: 4rem; height: 4rem; object-fit: contain; flex: none; }
.card h4 { margin-top: 0; font-size: 1.05rem; }
.card p { margin: .3rem 0; }
.muted, .points, .id { color: var(--muted); }
.points { display: block; font-size: .9em; font-weight: normal; margin-top: .25rem; }
.id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
.pathway { margin: 1rem 0; overflow-x: auto; }
.pathway svg { max-width: 100%; height: auto; }
.pathway figcaption { color: var(--muted); font-size: .95rem; }
.chart { margin: 1rem 0; overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; }
.chart figcaption { color: var(--muted); font-size: .95rem; }
.pass-rates td, .pass-rates thead th + th { text-align: right; }
.table-scroll { overflow-x: auto; }
.coverage td { text-align: center; }
.coverage tbody th { min-width: 16rem; font-weight: normal; }
.coverage td.count { text-align: right; white-space: nowrap; }
tr.uncertified > * { background: var(--flag-bg); }
tr.many > * { background: var(--many-bg); }
.flag { font-weight: 600; color: var(--flag); }
.site-footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--border); color: var(--muted); font-size: .9rem; }
@media print {
  .skip, .site-header ul, .breadcrumbs { display: none; }
  body { font-size: 11pt; color: #000; }
  .site-header, main, .site-footer { max-width: none; padding: 0; }
  a { color: #000; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; word-break: break-all; }
  h2, h3, h4, caption { break-after: avoid; }
  figure, .card, tr, .intro { break-inside: avoid; }
  .cards { display: block; }
  .card { margin-bottom: .6rem; }
  thead { display: table-header-group; }
  tr.uncertified > *, tr.many > *, thead th, tfoot > * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`.trim();
