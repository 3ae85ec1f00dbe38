import { Tree, Typography } from 'antd';
import { useEffect, useState, type Key } from 'react';
import { describeError } from '../../../api/api-error';
import { execute } from '../../../api/graphql-client';
import { useSession } from '../../../auth/session-context';
import { graphql } from '../../../gql';
import type { ConsoleOrgTreeNodeFragment } from '../../../gql/graphql';
import { formatCount, LEVEL_LABELS } from '../../../shared/labels';
import type { Period } from '../../../shared/pickers/period-picker';
import { inLevelOrder } from '../level-order';
import { periodVariables } from '../period-params';

graphql(`
  fragment ConsoleOrgTreeNode on OrgUnit {
    id
    name
    level
    closedOn
    children {
      id
    }
    volunteerStats(from: $from, to: $to) {
      volunteerCount
      serviceHours
    }
    campaignStats(from: $from, to: $to) {
      eventCount
    }
  }
`);

const TreeRoots = graphql(`
  query ConsoleOrgTreeRoots($code: String!, $scoped: Boolean!, $from: Date, $to: Date) {
    orgUnitByCode(code: $code) @include(if: $scoped) {
      ...ConsoleOrgTreeNode
    }
    orgUnits(first: 100, filter: { level: CENTER }) @skip(if: $scoped) {
      edges {
        node {
          ...ConsoleOrgTreeNode
        }
      }
    }
  }
`);

const TreeChildren = graphql(`
  query ConsoleOrgTreeChildren($id: ID!, $from: Date, $to: Date) {
    orgUnit(id: $id) {
      id
      children {
        ...ConsoleOrgTreeNode
      }
    }
  }
`);

interface UnitNode {
  key: string;
  unit: ConsoleOrgTreeNodeFragment;
  isLeaf: boolean;
  children?: UnitNode[];
}

const nodeOf = (unit: ConsoleOrgTreeNodeFragment): UnitNode => ({ key: unit.id, unit, isLeaf: unit.children.length === 0 });

function withChildren(nodes: UnitNode[], parentKey: string, children: UnitNode[]): UnitNode[] {
  return nodes.map((node) =>
    node.key === parentKey
      ? { ...node, children }
      : node.children
        ? { ...node, children: withChildren(node.children, parentKey, children) }
        : node,
  );
}

export interface UnitTreeProps {
  period: Period;
  selectedId?: string;
  onSelect(unit: { id: string; name: string }): void;
  /** The first root once known: what the page shows before anything is picked. */
  onRoots?(roots: { id: string; name: string }[]): void;
}

/**
 * 阵地树: the caller's own unit (scoped roles) or the centers, each branch's units loaded as it
 * opens (one request per branch), each with its subtree's volunteers, hours and events.
 */
export function UnitTree({ period, selectedId, onSelect, onRoots }: UnitTreeProps) {
  const { session } = useSession();
  const code = session?.orgUnitCode;
  const [nodes, setNodes] = useState<UnitNode[]>([]);
  const [expanded, setExpanded] = useState<Key[]>([]);
  const [error, setError] = useState<string | null>(null);
  const { from, to } = periodVariables(period);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    execute(TreeRoots, { code: code ?? '', scoped: Boolean(code), from, to })
      .then((data) => {
        if (cancelled) return;
        const roots = code ? (data.orgUnitByCode ? [data.orgUnitByCode] : []) : (data.orgUnits?.edges.map((e) => e.node) ?? []);
        setNodes(roots.map(nodeOf));
        // A new period: branches reload with its figures as they are opened again.
        setExpanded([]);
        onRoots?.(roots);
      })
      .catch((err: unknown) => !cancelled && setError(describeError(err)));
    return () => {
      cancelled = true;
    };
    // onRoots is a callback of the page; the roots are read again only for another caller or period.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, from, to]);

  const loadChildren = async (parentKey: string) => {
    try {
      const data = await execute(TreeChildren, { id: parentKey, from, to });
      setNodes((known) => withChildren(known, parentKey, inLevelOrder(data.orgUnit?.children ?? []).map(nodeOf)));
    } catch (err) {
      setError(describeError(err));
    }
  };

  if (error) return <Typography.Text type="danger">{error}</Typography.Text>;
  return (
    <Tree<UnitNode>
      aria-label="阵地树"
      treeData={nodes}
      expandedKeys={expanded}
      onExpand={setExpanded}
      selectedKeys={selectedId ? [selectedId] : []}
      loadData={(node) => (node.children ? Promise.resolve() : loadChildren(node.key))}
      onSelect={(_, { node }) => onSelect({ id: node.unit.id, name: node.unit.name })}
      titleRender={(node) => <UnitTitle unit={node.unit} />}
      blockNode
    />
  );
}

function UnitTitle({ unit }: { unit: ConsoleOrgTreeNodeFragment }) {
  return (
    <span style={{ display: 'flex', flexWrap: 'wrap', gap: '0 12px', alignItems: 'baseline' }}>
      <span>
        {unit.name}
        <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
          {LEVEL_LABELS[unit.level] ?? unit.level}
          {unit.closedOn ? ' · 已撤销' : ''}
        </Typography.Text>
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        志愿者 {formatCount(unit.volunteerStats.volunteerCount)} · 时长 {formatCount(unit.volunteerStats.serviceHours)} 小时 · 活动{' '}
        {formatCount(unit.campaignStats.eventCount)} 场
      </Typography.Text>
    </span>
  );
}
