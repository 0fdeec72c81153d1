// Staff sign-in. Errors appear in an alert above the form (announced to screen readers) and name the problem.
import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext.tsx';
import { useI18n } from '../i18n/index.tsx';
import { LanguageSwitch } from '../layout/LanguageSwitch.tsx';
import { loginErrorMessage } from './loginError.ts';
import { zodRule } from '../forms/zodRule.ts';
import { loginBody } from '../../../src/domain/auth/schema.ts';

interface Credentials {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { session, signIn } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (session.status === 'signed-in') return <Navigate to={from} replace />;

  const onFinish = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
      navigate(from, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login-page">
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 400 }}>
        <LanguageSwitch />
      </Flex>
      <Card className="login-card">
        <Typography.Title level={1} style={{ fontSize: 22, textAlign: 'center', marginBottom: 4 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('app.subtitle')}
        </Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {t('login.title')}
        </Typography.Title>
        {error !== null && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={loginErrorMessage(t, error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<Credentials> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={busy}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[zodRule(loginBody.shape.username, t, 'login.usernameRequired')]}
          >
            <Input
              prefix={<UserOutlined aria-hidden />}
              autoComplete="username"
              aria-required
              autoFocus
              size="large"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[zodRule(loginBody.shape.password, t, 'login.passwordRequired')]}
          >
            <Input.Password
              prefix={<LockOutlined aria-hidden />}
              autoComplete="current-password"
              aria-required
              size="large"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
      <Typography.Text>
        {t('login.publicPrompt')} <Link to="/public">{t('module.selfCheck.title')}</Link>
      </Typography.Text>
    </main>
  );
}
