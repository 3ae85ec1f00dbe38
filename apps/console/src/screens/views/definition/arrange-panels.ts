import { newPanel, nextPanelId } from './panel-defaults';
import { MAX_PANELS, type Panel, type PanelFilters, type PanelKind, type PanelWidth } from './view-definition';

/**
 * Arranging a view's panels (排列面板): pure functions over the ordered list, each answering a new
 * list (the editor's state), never changing the one given.
 */

export type Direction = 'up' | 'down';

export function canAddPanel(panels: readonly Panel[]): boolean {
  return panels.length < MAX_PANELS;
}

/** Appends a new panel of a kind; the list as it is when the view is full. */
export function addPanel(panels: readonly Panel[], kind: PanelKind, filters: PanelFilters = {}): Panel[] {
  if (!canAddPanel(panels)) return [...panels];
  return [...panels, newPanel(kind, nextPanelId(panels), filters)];
}

export function canMovePanel(panels: readonly Panel[], id: string, direction: Direction): boolean {
  const index = panels.findIndex((p) => p.id === id);
  if (index < 0) return false;
  return direction === 'up' ? index > 0 : index < panels.length - 1;
}

/** Swaps a panel with its neighbour above or below; unchanged at either end. */
export function movePanel(panels: readonly Panel[], id: string, direction: Direction): Panel[] {
  const next = [...panels];
  if (!canMovePanel(panels, id, direction)) return next;
  const index = panels.findIndex((p) => p.id === id);
  const target = direction === 'up' ? index - 1 : index + 1;
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

export function removePanel(panels: readonly Panel[], id: string): Panel[] {
  return panels.filter((p) => p.id !== id);
}

export function setPanelWidth(panels: readonly Panel[], id: string, width: PanelWidth): Panel[] {
  return panels.map((p) => (p.id === id ? ({ ...p, options: { ...p.options, width } } as Panel) : p));
}

/** Replaces a panel by its edited version (same id). */
export function replacePanel(panels: readonly Panel[], panel: Panel): Panel[] {
  return panels.map((p) => (p.id === panel.id ? panel : p));
}

/**
 * The rows a grid of two columns lays the panels out in: a full-width panel takes a row of its own,
 * two half-width panels share one. What the editor and the wall screen both show.
 */
export function panelRows(panels: readonly Panel[]): Panel[][] {
  const rows: Panel[][] = [];
  let open: Panel[] | null = null;
  for (const panel of panels) {
    if (panel.options.width === 'full') {
      rows.push([panel]);
      open = null;
    } else if (open && open.length === 1) {
      open.push(panel);
      open = null;
    } else {
      open = [panel];
      rows.push(open);
    }
  }
  return rows;
}

/**
 * Gives the panels without a scope of their own the view's (its owner unit): a definition then
 * says everything it counts, and its public link, whose reader has no unit, shows the same figures.
 */
export function withDefaultScope(panels: readonly Panel[], scope: { unitId: string; unitName?: string } | undefined): Panel[] {
  if (!scope) return [...panels];
  return panels.map((p) => (p.filters.unitId ? p : { ...p, filters: { ...p.filters, unitId: scope.unitId, unitName: scope.unitName } }));
}
