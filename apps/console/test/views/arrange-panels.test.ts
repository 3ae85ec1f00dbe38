import { describe, expect, it } from 'vitest';
import {
  addPanel,
  canAddPanel,
  canMovePanel,
  movePanel,
  panelRows,
  removePanel,
  replacePanel,
  setPanelWidth,
  withDefaultScope,
} from '../../src/screens/views/definition/arrange-panels';
import { newPanel } from '../../src/screens/views/definition/panel-defaults';
import { MAX_PANELS, type Panel } from '../../src/screens/views/definition/view-definition';

const ids = (panels: readonly Panel[]) => panels.map((p) => p.id);

function threePanels(): Panel[] {
  let panels: Panel[] = [];
  panels = addPanel(panels, 'headline');
  panels = addPanel(panels, 'breakdown');
  return addPanel(panels, 'trend');
}

describe('arranging panels', () => {
  it('adds panels at the end with ids of their own and the scope given', () => {
    const panels = addPanel(threePanels(), 'coverage', { unitId: '1', unitName: '会东县' });
    expect(ids(panels)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(panels.map((p) => p.kind)).toEqual(['headline', 'breakdown', 'trend', 'coverage']);
    expect(panels[3].filters).toEqual({ unitId: '1', unitName: '会东县' });
    expect(ids(addPanel(removePanel(panels, 'p2'), 'table'))).toEqual(['p1', 'p3', 'p4', 'p5']);
  });

  it(`stops adding at ${MAX_PANELS} panels`, () => {
    let panels: Panel[] = [];
    for (let i = 0; i < MAX_PANELS + 3; i++) panels = addPanel(panels, 'headline');
    expect(panels).toHaveLength(MAX_PANELS);
    expect(canAddPanel(panels)).toBe(false);
  });

  it('moves a panel up or down by one, and not past either end', () => {
    const panels = threePanels();
    expect(ids(movePanel(panels, 'p3', 'up'))).toEqual(['p1', 'p3', 'p2']);
    expect(ids(movePanel(panels, 'p1', 'down'))).toEqual(['p2', 'p1', 'p3']);
    expect(ids(movePanel(panels, 'p1', 'up'))).toEqual(['p1', 'p2', 'p3']);
    expect(ids(movePanel(panels, 'p3', 'down'))).toEqual(['p1', 'p2', 'p3']);
    expect(ids(movePanel(panels, 'nope', 'up'))).toEqual(['p1', 'p2', 'p3']);
    expect([canMovePanel(panels, 'p1', 'up'), canMovePanel(panels, 'p1', 'down'), canMovePanel(panels, 'p3', 'down')]).toEqual([
      false,
      true,
      false,
    ]);
    expect(ids(panels)).toEqual(['p1', 'p2', 'p3']);
  });

  it('changes a panel width and replaces an edited panel, leaving the others as they are', () => {
    const panels = threePanels();
    const wide = setPanelWidth(panels, 'p2', 'full');
    expect(wide.map((p) => p.options.width)).toEqual(['full', 'full', 'half']);
    expect(wide[0]).toBe(panels[0]);
    const renamed = replacePanel(panels, { ...panels[2], title: '受众趋势' });
    expect(renamed.map((p) => p.title)).toEqual(['核心指标', '分类统计', '受众趋势']);
  });

  it('lays panels out in rows: a full-width panel alone, two half-width ones side by side', () => {
    const half = (id: string) => newPanel('trend', id);
    const full = (id: string) => newPanel('table', id);
    const layout = (panels: Panel[]) => panelRows(panels).map(ids);
    expect(layout([full('a'), half('b'), half('c'), half('d'), full('e'), half('f')])).toEqual([['a'], ['b', 'c'], ['d'], ['e'], ['f']]);
    expect(layout([])).toEqual([]);
  });

  it('gives panels without a scope the view owner unit, so the public link counts the same', () => {
    const panels = [newPanel('headline', 'p1'), newPanel('trend', 'p2', { unitId: '9', unitName: '铅锌镇' })];
    const scoped = withDefaultScope(panels, { unitId: '1', unitName: '会东县新时代文明实践中心' });
    expect(scoped.map((p) => p.filters.unitId)).toEqual(['1', '9']);
    expect(withDefaultScope(panels, undefined)).toEqual(panels);
  });
});
