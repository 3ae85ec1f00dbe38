import { TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { execute } from '../../api/graphql-client';
import { graphql } from '../../gql';
import { useSession } from '../../auth/session-context';
import { LEVEL_LABELS } from '../labels';

const UnitRoots = graphql(`
  query ConsoleUnitRoots($code: String!, $scoped: Boolean!) {
    orgUnitByCode(code: $code) @include(if: $scoped) {
      id
      name
      level
    }
    orgUnits(first: 100, filter: { level: CENTER }) @skip(if: $scoped) {
      edges {
        node {
          id
          name
          level
        }
      }
    }
  }
`);

const UnitChildren = graphql(`
  query ConsoleUnitChildren($id: ID!) {
    orgUnit(id: $id) {
      id
      children {
        id
        name
        level
      }
    }
  }
`);

interface TreeNode {
  id: string;
  pId?: string;
  value: string;
  title: string;
  isLeaf: boolean;
}

interface UnitLike {
  id: string;
  name: string;
  level: string;
}

function nodeOf(unit: UnitLike, parentId?: string): TreeNode {
  const label = LEVEL_LABELS[unit.level] ?? '';
  return {
    id: unit.id,
    pId: parentId,
    value: unit.id,
    title: `${unit.name}${label ? `（${label}）` : ''}`,
    isLeaf: unit.level === 'POINT',
  };
}

export interface UnitTreeSelectProps {
  value?: string;
  onChange(unitId: string | undefined, name?: string): void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
  /** The name to show for a value the tree has not loaded (a unit reached by drilling down or from a link). */
  valueLabel?: string;
}

/**
 * An org unit picked from the tree (阵地树), children loaded as a branch opens. Scoped users start
 * at their own unit; others at the centers.
 */
export function UnitTreeSelect({
  value,
  onChange,
  placeholder = '选择阵地范围',
  allowClear = true,
  style,
  id,
  valueLabel,
}: UnitTreeSelectProps) {
  const { session } = useSession();
  const [nodes, setNodes] = useState<TreeNode[]>([]);
  const code = session?.orgUnitCode;

  useEffect(() => {
    let cancelled = false;
    void execute(UnitRoots, { code: code ?? '', scoped: Boolean(code) }).then((data) => {
      if (cancelled) return;
      const roots = code ? (data.orgUnitByCode ? [data.orgUnitByCode] : []) : (data.orgUnits?.edges.map((e) => e.node) ?? []);
      setNodes(roots.map((unit) => nodeOf(unit)));
    });
    return () => {
      cancelled = true;
    };
  }, [code]);

  const loadChildren = async (parentId: string) => {
    const data = await execute(UnitChildren, { id: parentId });
    const children = data.orgUnit?.children ?? [];
    setNodes((known) => [
      ...known.map((n) => (n.id === parentId && children.length === 0 ? { ...n, isLeaf: true } : n)),
      ...children.filter((c) => !known.some((k) => k.id === c.id)).map((c) => nodeOf(c, parentId)),
    ]);
  };

  return (
    <TreeSelect
      id={id}
      treeDataSimpleMode
      treeData={nodes}
      labelInValue={valueLabel !== undefined}
      value={valueLabel !== undefined && value ? { value, label: nodes.find((n) => n.id === value)?.title ?? valueLabel } : value}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={false}
      style={{ minWidth: 260, ...style }}
      loadData={(node) => loadChildren(String(node.value))}
      onChange={(next: string | { value: string; label?: React.ReactNode } | undefined) => {
        const unitId = typeof next === 'object' ? next.value : next;
        onChange(unitId, nodes.find((n) => n.id === unitId)?.title);
      }}
      aria-label="阵地范围"
    />
  );
}
