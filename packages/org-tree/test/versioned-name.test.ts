import { UNIT_TREE, UNIT_TREE_VERSION } from '../src';

it('names the view after its version: unit_tree for version 1, unit_tree_vN beside it for a breaking version N', () => {
  expect(UNIT_TREE).toBe(UNIT_TREE_VERSION === 1 ? 'org.unit_tree' : `org.unit_tree_v${UNIT_TREE_VERSION}`);
});
