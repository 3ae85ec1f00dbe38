import { Select, Space, Typography } from 'antd';

export interface SchemeOption {
  id: string;
  name: string;
  ownerUnit: { name: string };
}

/** 考核方案: the schemes in the user's reach, latest period first (the API's order). */
export function SchemePicker({
  schemes,
  value,
  onChange,
}: {
  schemes: readonly SchemeOption[];
  value: string;
  onChange(id: string): void;
}) {
  return (
    <Space>
      <Typography.Text id="assessment-scheme-label">考核方案</Typography.Text>
      <Select
        aria-labelledby="assessment-scheme-label"
        value={value}
        onChange={onChange}
        style={{ minWidth: 340 }}
        popupMatchSelectWidth={false}
        options={schemes.map((scheme) => ({ value: scheme.id, label: scheme.name, title: `${scheme.name}（${scheme.ownerUnit.name}）` }))}
      />
    </Space>
  );
}
