import { Select } from 'antd';
import { useState } from 'react';
import { useGraphQLQuery } from '../../api/use-graphql';
import { graphql } from '../../gql';

const VolunteerOptions = graphql(`
  query ConsoleVolunteerOptions($search: String, $subtreeOf: ID) {
    volunteers(first: 20, filter: { search: $search, subtreeOf: $subtreeOf }) {
      edges {
        node {
          id
          name
          volunteerNumber
          homeUnit {
            id
            name
          }
        }
      }
    }
  }
`);

interface VolunteerOption {
  value: string;
  label: string;
}

interface CommonProps {
  /** Only volunteers registered at this unit or below it (所属范围); omit for all the caller may see. */
  subtreeOf?: string;
  id?: string;
  style?: React.CSSProperties;
  placeholder?: string;
  'aria-label'?: string;
}

export type VolunteerSelectProps = CommonProps &
  (
    | { multiple?: false; value?: string; onChange?(volunteerId: string | undefined): void }
    | { multiple: true; value?: string[]; onChange?(volunteerIds: string[]): void }
  );

/**
 * A volunteer (or several) found by name: Chinese characters, pinyin or its initials (钱俊杰,
 * qianjunjie, qjj). Names appear as the API gives them for the signed-in role.
 */
export function VolunteerSelect(props: VolunteerSelectProps) {
  const { subtreeOf, id, style, placeholder = '搜索志愿者：姓名、拼音或首字母' } = props;
  const [search, setSearch] = useState('');
  const [known, setKnown] = useState<Record<string, string>>({});
  const { data, isFetching } = useGraphQLQuery(
    VolunteerOptions,
    { search: search || null, subtreeOf: subtreeOf ?? null },
    { placeholderData: (previous) => previous },
  );
  const found: VolunteerOption[] =
    data?.volunteers.edges.map(({ node }) => ({
      value: node.id,
      label: `${node.name}（${node.volunteerNumber ?? `编号 ${node.id}`}${node.homeUnit ? ` · ${node.homeUnit.name}` : ''}）`,
    })) ?? [];
  // Chosen volunteers keep their label when a later search no longer lists them.
  const chosen = (props.multiple ? (props.value ?? []) : props.value ? [props.value] : []).filter((v) => !found.some((o) => o.value === v));
  const options = [...found, ...chosen.map((v) => ({ value: v, label: known[v] ?? `志愿者 ${v}` }))];
  const remember = (ids: string[]) =>
    setKnown((before) => ({
      ...before,
      ...Object.fromEntries(options.filter((o) => ids.includes(o.value)).map((o) => [o.value, o.label])),
    }));

  return (
    <Select
      id={id}
      mode={props.multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={props.value}
      options={options}
      loading={isFetching}
      placeholder={placeholder}
      allowClear
      style={{ minWidth: 280, ...style }}
      onChange={(next: string | string[] | undefined) => {
        if (props.multiple) {
          const ids = (next as string[] | undefined) ?? [];
          remember(ids);
          props.onChange?.(ids);
        } else {
          const single = next as string | undefined;
          if (single) remember([single]);
          props.onChange?.(single);
        }
        setSearch('');
      }}
      notFoundContent={isFetching ? '查询中…' : '没有找到志愿者'}
      aria-label={props['aria-label'] ?? '志愿者'}
    />
  );
}
