/**
 * The changes view's styles (a plain string rendered in a `<style>`: no stylesheet to wire
 * into the admin's build). Colours meet WCAG AA on both the light and dark admin themes: the
 * insertion and deletion marks set their own text and background colours, and also differ by
 * underline / strike-through, never by colour alone.
 */
export const changesCss = `
.nlv-changes { padding-bottom: 3rem; }
.nlv-changes h2 { margin: 1.5rem 0 0.5rem; font-size: 1.4rem; line-height: 1.3; }
.nlv-changes h3 { margin: 0 0 0.75rem; font-size: 1.15rem; }
.nlv-changes h4, .nlv-changes h5 { margin: 0 0 0.35rem; font-size: 1rem; font-weight: 600; }
.nlv-changes p { margin: 0 0 0.6rem; line-height: 1.55; max-width: 75ch; overflow-wrap: anywhere; }
.nlv-text p { white-space: pre-line; }
.nlv-vh { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.nlv-changes ins { background: #d3f3da; color: #0b3d1c; text-decoration: underline;
  text-decoration-thickness: 2px; text-underline-offset: 2px; padding: 0 1px; border-radius: 2px; }
.nlv-changes del { background: #fde2e1; color: #6e1010; text-decoration: line-through;
  text-decoration-thickness: 2px; padding: 0 1px; border-radius: 2px; }
.nlv-changes--first ins, .nlv-quiet ins { background: none; color: inherit; text-decoration: none; padding: 0; }
.nlv-compared { font-size: 0.95rem; }
.nlv-legend { font-size: 0.9rem; }
.nlv-pick { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: flex-end;
  margin: 0.5rem 0 1rem; padding: 0.75rem; border: 1px solid var(--theme-elevation-150); border-radius: 4px; }
.nlv-pick label { display: flex; flex-direction: column; gap: 0.25rem; font-size: 0.9rem; min-width: 0; flex: 1 1 16rem; }
.nlv-pick select { max-width: 100%; min-height: 2.5rem; padding: 0.35rem 0.5rem; font: inherit;
  color: var(--theme-text); background: var(--theme-input-bg, var(--theme-elevation-0));
  border: 1px solid var(--theme-elevation-400); border-radius: 4px; }
.nlv-pick .btn { margin: 0; }
.nlv-section { margin: 1.25rem 0; padding: 1rem; border: 1px solid var(--theme-elevation-150);
  border-radius: 6px; }
.nlv-count { font-weight: 400; font-size: 0.9rem; color: var(--theme-elevation-800); }
.nlv-change { padding: 0.75rem 0; border-top: 1px solid var(--theme-elevation-100); }
.nlv-section > .nlv-change:first-of-type { border-top: 0; padding-top: 0; }
.nlv-badge { display: inline-block; margin-left: 0.35rem; padding: 0 0.45rem; border-radius: 999px;
  font-size: 0.8rem; font-weight: 600; line-height: 1.6; border: 1px solid currentColor; }
.nlv-badge--added { color: #0b3d1c; background: #d3f3da; }
.nlv-badge--removed { color: #6e1010; background: #fde2e1; }
.nlv-badge--changed { color: #3d2c00; background: #fbeec2; }
.nlv-tag { display: inline-block; min-width: 3.5rem; font-size: 0.85rem; color: var(--theme-elevation-800); }
.nlv-same { color: var(--theme-elevation-800); }
.nlv-folded { margin: 0 0 0.6rem; }
.nlv-folded summary { cursor: pointer; font-size: 0.9rem; color: var(--theme-elevation-800);
  text-decoration: underline; }
.nlv-note { font-size: 0.85rem; color: var(--theme-elevation-800); }
.nlv-set { margin: 0 0 0.5rem; padding-left: 0; list-style: none; }
.nlv-set li { margin: 0.2rem 0; }
.nlv-set .nlv-badge { margin-left: 0; }
.nlv-items { margin: 0.25rem 0 0.5rem; padding-left: 0; list-style: none; }
.nlv-item { margin: 0 0 0.6rem; padding: 0.5rem 0.75rem; border-left: 4px solid var(--theme-elevation-250);
  background: var(--theme-elevation-50); border-radius: 0 4px 4px 0; }
.nlv-item--added { border-left-color: #1f7a3a; }
.nlv-item--removed { border-left-color: #b42318; border-left-style: dashed; }
.nlv-item__head { margin-bottom: 0.35rem; }
.nlv-item__head .nlv-badge { margin-left: 0; }
.nlv-item .nlv-change { padding: 0.35rem 0 0; border-top: 0; }
@media (max-width: 600px) {
  .nlv-section { padding: 0.75rem; margin: 1rem -0.25rem; }
  .nlv-changes h2 { font-size: 1.2rem; }
}
`
