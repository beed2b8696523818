/**
 * The home page's styles, scoped under `.nlv-q` and built on Payload's theme variables (light
 * and dark). Overdue is said in words and marked in red (never by colour alone); the red is
 * the theme's darkest error shade, which keeps AA contrast on both themes.
 */
export const queueStyles = `
.nlv-q{max-width:60rem;padding:1.5rem 0 4rem}
.nlv-q__h1{margin:0 0 .25rem;font-size:1.75rem;line-height:1.2}
.nlv-q__lead{margin:0 0 1.25rem;font-size:1.05rem}
.nlv-q__role{display:inline-block;margin-left:.5rem;color:var(--theme-elevation-800);font-size:.9rem}
.nlv-q__create{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:0 0 1.25rem}
.nlv-q__create-link{display:inline-block;padding:.4rem .75rem;border:1px solid var(--theme-elevation-800);border-radius:var(--style-radius-m,6px);color:var(--theme-text);text-decoration:none;font-weight:600}
.nlv-q__create-link:hover,.nlv-q__create-link:focus-visible{background:var(--theme-elevation-100)}
.nlv-q__summary{display:grid;grid-template-columns:repeat(auto-fill,minmax(10.5rem,1fr));gap:.5rem;list-style:none;margin:0 0 2rem;padding:0}
.nlv-q__card{display:flex;flex-direction:column;gap:.15rem;height:100%;padding:.75rem 1rem;border:1px solid var(--theme-elevation-150);border-radius:var(--style-radius-m,6px);background:var(--theme-elevation-50);color:var(--theme-text);text-decoration:none}
.nlv-q__card:hover,.nlv-q__card:focus-visible{border-color:var(--theme-elevation-800)}
.nlv-q__card--urgent{border-left:6px solid var(--theme-error-750, #8b0000)}
.nlv-q__card-count{font-size:1.6rem;font-weight:700;line-height:1}
.nlv-q__card-label{font-size:.95rem}
.nlv-q__section{margin:0 0 2.25rem}
.nlv-q__h2{display:flex;align-items:center;gap:.5rem;margin:0 0 .25rem;font-size:1.3rem}
.nlv-q__count{display:inline-block;min-width:1.8rem;padding:.1rem .5rem;border-radius:999px;background:var(--theme-elevation-150);color:var(--theme-text);font-size:.95rem;text-align:center}
.nlv-q__count--urgent{background:var(--theme-error-750, #8b0000);color:#fff}
.nlv-q__intro{margin:0 0 .75rem;color:var(--theme-elevation-800)}
.nlv-q__empty{margin:0;padding:.75rem 1rem;border:1px dashed var(--theme-elevation-250);border-radius:var(--style-radius-m,6px)}
.nlv-q__list{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.5rem}
.nlv-q__item{padding:.75rem 1rem;border:1px solid var(--theme-elevation-150);border-radius:var(--style-radius-m,6px);background:var(--theme-elevation-0)}
.nlv-q__item--overdue{border-left:6px solid var(--theme-error-750, #8b0000)}
.nlv-q__title{display:inline-block;font-size:1.1rem;font-weight:600;color:var(--theme-text);text-decoration:underline;text-underline-offset:2px;padding:.15rem 0}
.nlv-q__meta{margin:.25rem 0 0;display:flex;flex-wrap:wrap;gap:.35rem .5rem;align-items:center;color:var(--theme-elevation-800)}
.nlv-q__tag{display:inline-block;padding:.05rem .45rem;border-radius:4px;background:var(--theme-elevation-100);color:var(--theme-text);font-size:.85rem}
.nlv-q__tag--me{background:var(--theme-success-100);color:var(--theme-success-950, var(--theme-text))}
.nlv-q__tag--state{font-weight:600}
.nlv-q__due{margin:.25rem 0 0}
.nlv-q__due--overdue{color:var(--theme-error-750, #8b0000);font-weight:700}
.nlv-q__message{margin:.5rem 0 0;padding:.35rem .75rem;border-left:3px solid var(--theme-elevation-250);font-style:italic;white-space:pre-line;overflow-wrap:anywhere}
.nlv-q__comments{margin:.5rem 0 0;padding-left:1.1rem}
.nlv-q__comments li{margin:.2rem 0;overflow-wrap:anywhere}
.nlv-q__sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:600px){.nlv-q__h1{font-size:1.45rem}.nlv-q__summary{grid-template-columns:1fr 1fr}.nlv-q__role{display:block;margin:.25rem 0 0}}
`
