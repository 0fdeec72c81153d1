// The signed-in user's dashboard: who they are, what their role is for, and the modules they can open.
import { Card, Col, Row, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext.tsx';
import { useI18n } from '../i18n/index.tsx';
import { jurisdictionLabel, roleLabel } from '../layout/labels.ts';
import { modulesFor } from '../modules.ts';

export default function HomePage() {
  const { session } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  if (session.status !== 'signed-in') return null;
  const { user } = session;
  const role = roleLabel(t, user);

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
        {t('home.greeting', { name: user.displayName })}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: 15 }}>
        {user.department
          ? t('home.identityWithDepartment', { role, department: user.department })
          : t('home.identity', { role, jurisdiction: jurisdictionLabel(t, user) })}
      </Typography.Paragraph>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('home.dutiesHeading')}
          </Typography.Title>
        }
        style={{ marginBottom: 24 }}
      >
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {t(`role.${user.role}.duties`)}
        </Typography.Paragraph>
      </Card>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('home.modulesHeading')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {modulesFor(user.role).map((m) => (
          <Col key={m.key} xs={24} md={12} xl={8}>
            <Card
              hoverable
              role="link"
              tabIndex={0}
              aria-label={t(m.title)}
              onClick={() => navigate(m.path)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') navigate(m.path);
              }}
              style={{ height: '100%' }}
            >
              <Card.Meta avatar={<m.icon />} title={t(m.title)} description={t(m.description)} />
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 24 }}>
        {t('home.accessNote')}
      </Typography.Paragraph>
    </>
  );
}
