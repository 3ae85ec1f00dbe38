import { Select } from 'antd';
import { useState } from 'react';
import { useGraphQLQuery } from '../../api/use-graphql';
import { graphql } from '../../gql';

const CampaignOptions = graphql(`
  query ConsoleCampaignOptions($search: String) {
    campaigns(first: 30, filter: { search: $search }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export interface CampaignSelectProps {
  value?: string;
  onChange(campaignId: string | undefined, name?: string): void;
  style?: React.CSSProperties;
  id?: string;
}

/** A campaign found by name, pinyin or initials (活动名称、拼音或首字母). */
export function CampaignSelect({ value, onChange, style, id }: CampaignSelectProps) {
  const [search, setSearch] = useState('');
  const { data, isFetching } = useGraphQLQuery(CampaignOptions, { search: search || null }, { placeholderData: (previous) => previous });
  const options = data?.campaigns.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [];
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      options={options}
      loading={isFetching}
      placeholder="搜索活动：名称、拼音或首字母"
      allowClear
      style={{ minWidth: 320, ...style }}
      onChange={(next: string | undefined) => onChange(next, options.find((o) => o.value === next)?.label)}
      notFoundContent={isFetching ? '查询中…' : '没有找到活动'}
      aria-label="活动"
    />
  );
}
