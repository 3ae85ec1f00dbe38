import { Alert, Button, Card, Form, Input, List, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS, type Role } from './session';
import { useSession } from './session-context';

interface DemoToken {
  role: Role;
  orgUnitCode?: string;
  description: string;
  token: string;
}

/** The gateway lists the demo roles' tokens in development only; in production this answers 404. */
const DEMO_TOKENS_URL = '/console/demo-tokens.json';

function useDemoTokens(): DemoToken[] {
  const [tokens, setTokens] = useState<DemoToken[]>([]);
  useEffect(() => {
    fetch(DEMO_TOKENS_URL)
      .then((res) => (res.ok ? (res.json() as Promise<DemoToken[]>) : []))
      .then(setTokens)
      .catch(() => setTokens([]));
  }, []);
  return tokens;
}

/** 登录: a token from the county's sign-on (or, in development, one of the demo roles). */
export default function SignInPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [failed, setFailed] = useState(false);
  const demoTokens = useDemoTokens();
  const returnTo = (location.state as { from?: string } | null)?.from ?? '/';
  const enter = (token: string) => {
    if (signIn(token)) void navigate(returnTo, { replace: true });
    else setFailed(true);
  };
  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f4fa', padding: 24 }}>
      <Card style={{ width: 560 }} title={<h1 style={{ fontSize: 20, margin: 0 }}>新时代文明实践工作台 · 登录</h1>}>
        <Form layout="vertical" onFinish={({ token }: { token: string }) => enter(token)}>
          <Form.Item
            label="访问令牌"
            name="token"
            rules={[{ required: true, message: '请粘贴访问令牌' }]}
            extra="由本级平台管理员发放的令牌（JWT）。"
          >
            <Input.TextArea rows={4} aria-label="访问令牌" />
          </Form.Item>
          {failed && <Alert type="error" showIcon title="令牌无法识别或已过期，请向管理员重新申请。" style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block>
            登录
          </Button>
        </Form>
        {demoTokens.length > 0 && (
          <section aria-label="演示账号" style={{ marginTop: 24 }}>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              演示账号（仅开发环境）
            </Typography.Title>
            <List
              dataSource={demoTokens}
              renderItem={(demo) => (
                <List.Item
                  actions={[
                    <Button key="use" onClick={() => enter(demo.token)}>
                      以此身份登录
                    </Button>,
                  ]}
                >
                  <List.Item.Meta title={ROLE_LABELS[demo.role]} description={demo.description} />
                </List.Item>
              )}
            />
          </section>
        )}
      </Card>
    </main>
  );
}
