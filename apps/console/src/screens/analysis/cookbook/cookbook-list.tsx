import { Alert, Button, Collapse, List, Tooltip, Typography } from 'antd';
import { describeError } from '../../../api/api-error';
import { Loading } from '../../../shared/loading';
import { useCookbook, type CookbookExample } from './use-cookbook';

const GROUPS: { key: CookbookExample['group']; title: string }[] = [
  { key: 'cookbook', title: '分析手册（常用统计）' },
  { key: 'contract', title: '前端契约查询（应用实际发送的查询）' },
];

/** The cookbook beside the editor: a click loads an example, with its variables, into the editor. */
export function CookbookList({ onLoad, disabled }: { onLoad(example: CookbookExample): void; disabled: boolean }) {
  const cookbook = useCookbook();
  if (cookbook.error) return <Alert type="error" showIcon title={describeError(cookbook.error)} />;
  if (!cookbook.data) return <Loading label="正在读取查询示例…" />;
  const examples = cookbook.data;
  return (
    <Collapse
      size="small"
      ghost
      defaultActiveKey={['cookbook']}
      items={GROUPS.map((group) => ({
        key: group.key,
        label: group.title,
        children: (
          <List
            size="small"
            dataSource={examples.filter((example) => example.group === group.key)}
            renderItem={(example) => (
              <List.Item style={{ paddingInline: 0 }}>
                <Tooltip title={example.description || undefined} placement="right">
                  <Button
                    color="primary"
                    variant="link"
                    size="small"
                    disabled={disabled}
                    data-example={example.id}
                    onClick={() => onLoad(example)}
                    style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                  >
                    {example.chineseTitle}
                  </Button>
                </Tooltip>
              </List.Item>
            )}
          />
        ),
      }))}
    />
  );
}

/** The note under the list. */
export function CookbookHint() {
  return (
    <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
      点击载入编辑器（连同示例变量），再点 ▶ 运行。
    </Typography.Paragraph>
  );
}
