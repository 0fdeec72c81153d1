// The administrators' users page (issue 17): add a user, and for each one disable or enable, reset the password,
// change role, jurisdiction and department. The server decides who may (administrators) and ends the user's
// sessions on each change; this page only offers it.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { api, ApiError } from '../../api/client.ts';
import { useAuth } from '../../auth/AuthContext.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { ListedUser, NewUserInput, UserAssignmentInput } from '../../../../src/domain/users/schema.ts';
import { usernameField } from '../../../../src/domain/users/schema.ts';
import { zodRule } from '../../forms/zodRule.ts';
import { AssignmentFields, PasswordField } from './UserFields.tsx';
import { jurisdictionName } from './JurisdictionPicker.tsx';

type Dialog = { kind: 'password' | 'assign'; user: ListedUser } | null;

export default function UsersPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const me = session.status === 'signed-in' ? session.user : null;
  const [users, setUsers] = useState<ListedUser[]>([]);
  const [notice, setNotice] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [createForm] = Form.useForm<NewUserInput>();
  const [dialogForm] = Form.useForm();

  const fail = (e: unknown) =>
    setNotice({
      type: 'error',
      text: t('users.failed', {
        detail: e instanceof ApiError || e instanceof Error ? e.message : String(e),
      }),
    });
  const load = useCallback(() => {
    api.get<{ users: ListedUser[] }>('/api/v1/users').then((r) => setUsers(r.users), fail);
  }, []);
  useEffect(load, [load]);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setNotice(null);
    try {
      await action();
      setNotice({ type: 'success', text: done });
      load();
      return true;
    } catch (e) {
      fail(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const create = (v: NewUserInput) =>
    run(() => api.post('/api/v1/users', { ...v, department: v.department ?? null }), t('users.created')).then(
      (ok) => ok && createForm.resetFields(),
    );
  const post = (u: ListedUser, what: string, body: object = {}) =>
    run(() => api.post(`/api/v1/users/${u.username}/${what}`, body), t('users.saved'));
  const saveDialog = async () => {
    if (!dialog) return;
    const v = await dialogForm.validateFields();
    const body =
      dialog.kind === 'password'
        ? { password: v.password }
        : ({
            role: v.role,
            jurisdiction: v.jurisdiction,
            department: v.department ?? null,
          } as UserAssignmentInput);
    if (await post(dialog.user, dialog.kind === 'password' ? 'password' : 'assignment', body))
      setDialog(null);
  };
  const open = (kind: 'password' | 'assign', user: ListedUser) => {
    dialogForm.resetFields();
    if (kind === 'assign') dialogForm.setFieldsValue(user);
    setDialog({ kind, user });
  };

  const shown = useMemo(() => {
    const q = filter.trim();
    return q
      ? users.filter((u) =>
          [u.username, u.displayName, u.jurisdiction, jurisdictionName(u.jurisdiction)].some((s) =>
            s.includes(q),
          ),
        )
      : users;
  }, [users, filter]);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('module.users.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('users.intro')}</Typography.Paragraph>
      {notice && <Alert type={notice.type} showIcon title={notice.text} data-testid="users-notice" />}
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('users.create')}</h2>}>
        <Form<NewUserInput> form={createForm} layout="vertical" onFinish={(v) => void create(v)}>
          <Form.Item
            name="username"
            label={t('users.username')}
            extra={t('users.usernameHelp')}
            rules={[
              { required: true, message: t('users.required') },
              zodRule(usernameField, t, 'users.required'),
            ]}
          >
            <Input autoComplete="off" maxLength={32} />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('users.displayName')}
            rules={[{ required: true, whitespace: true, message: t('users.required') }]}
          >
            <Input maxLength={64} />
          </Form.Item>
          <PasswordField
            name="password"
            label={t('users.password')}
            username={() => createForm.getFieldValue('username') ?? ''}
          />
          <AssignmentFields />
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('users.submit')}
          </Button>
        </Form>
      </Card>
      <Input.Search
        placeholder={t('users.search')}
        aria-label={t('users.search')}
        allowClear
        onChange={(e) => setFilter(e.target.value)}
        style={{ maxWidth: 360 }}
      />
      <Table<ListedUser>
        rowKey="id"
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('users.empty') }}
        onRow={(u) => ({ 'data-testid': `user-${u.username}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('users.username'),
            dataIndex: 'username',
            render: (n: string) => (
              <>
                <Typography.Text code>{n}</Typography.Text>
                {n === me?.username && t('users.you')}
              </>
            ),
          },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          { title: t('users.role'), dataIndex: 'role', render: (r: ListedUser['role']) => t(`role.${r}`) },
          { title: t('users.jurisdiction'), dataIndex: 'jurisdiction', render: jurisdictionName },
          { title: t('users.department'), dataIndex: 'department', render: (d: string | null) => d ?? '—' },
          {
            title: t('users.state'),
            dataIndex: 'active',
            render: (a: boolean) =>
              a ? (
                <Typography.Text strong>{t('users.active')}</Typography.Text>
              ) : (
                <Tag>{t('users.disabled')}</Tag>
              ),
          },
          {
            title: t('users.actions'),
            key: 'actions',
            render: (_: unknown, u) => (
              <Space wrap size="small">
                {u.active ? (
                  u.username !== me?.username && (
                    <Popconfirm title={t('users.disableConfirm')} onConfirm={() => post(u, 'disable')}>
                      <Button danger size="small">
                        {t('users.disable')}
                      </Button>
                    </Popconfirm>
                  )
                ) : (
                  <Button size="small" onClick={() => void post(u, 'enable')}>
                    {t('users.enable')}
                  </Button>
                )}
                <Button size="small" onClick={() => open('password', u)}>
                  {t('users.resetPassword')}
                </Button>
                <Button size="small" onClick={() => open('assign', u)}>
                  {t('users.assign')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={dialog !== null}
        title={
          dialog &&
          `${t(dialog.kind === 'password' ? 'users.resetPassword' : 'users.assign')} · ${dialog.user.username}`
        }
        okText={t('users.save')}
        cancelText={t('users.cancel')}
        confirmLoading={busy}
        onOk={() => void saveDialog().catch(() => undefined)}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <Form form={dialogForm} layout="vertical">
          {dialog?.kind === 'password' ? (
            <PasswordField
              name="password"
              label={t('users.newPassword')}
              username={() => dialog.user.username}
            />
          ) : (
            <AssignmentFields />
          )}
        </Form>
      </Modal>
    </Space>
  );
}
