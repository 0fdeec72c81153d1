// One finding: what was found and why (clauses, evidence), the persons side by side for a duplicate, the households
// it names, and the resolution form. Each resolution is a registry event written by the server through the
// registry's use cases.
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Space, Tag, message } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { codeLabel } from './FindingsPage.tsx';
import { evidenceItemsText, evidenceKindText } from './evidenceWords.ts';
import { messages } from './messages.ts';
import { qualityApi, type FindingHousehold, type FindingPerson, type FindingView } from './qualityApi.ts';
import { ResolutionForm } from './ResolutionForm.tsx';
import { SideBySide } from './SideBySide.tsx';
import { formatCitation } from '../../../../src/domain/policy/citation.ts';

/** Findings whose persons may be one and the same: shown side by side. */
const DUPLICATE_CODES = new Set(['probable-duplicate', 'duplicate-id-number']);

interface Loaded {
  finding: FindingView;
  persons: FindingPerson[];
  households: FindingHousehold[];
}

export default function FindingPage() {
  const { id = '' } = useParams();
  const { language } = useI18n();
  const m = messages(language);
  const navigate = useNavigate();
  const [view, setView] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([qualityApi.finding(id), qualityApi.households(id)]).then(
      ([v, h]) => setView({ ...v, households: h.households }),
      (e: Error) => setError(e.message),
    );
  }, [id]);
  if (error) return <Alert type="error" message={error} />;
  if (!view) return null;
  const { finding, persons, households } = view;
  const closed = finding.status === 'resolved' || finding.status === 'dismissed';
  const round = (_k: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={codeLabel(finding.code, language)} extra={<Link to="/quality">{m.back}</Link>}>
        <Descriptions column={2}>
          <Descriptions.Item label={m.clauses}>
            {finding.clauses.map((c) => (
              <Tag key={c}>{formatCitation(c)}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={m.status}>
            {m[finding.status as 'open'] ?? finding.status}
          </Descriptions.Item>
          <Descriptions.Item label={m.idNumbers}>{finding.idNumbers.join('、')}</Descriptions.Item>
          <Descriptions.Item label={m.households}>
            {households.length
              ? households.map((h) => (
                  <Link
                    key={h.householdId}
                    to={`/registry/households/${h.householdId}`}
                    style={{ marginRight: 8 }}
                  >
                    {h.householdNo}
                  </Link>
                ))
              : finding.householdNos.join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={m.due}>{finding.dueOn}</Descriptions.Item>
          {'score' in finding.detail && (
            <Descriptions.Item label={m.score}>{String(finding.detail.score)}</Descriptions.Item>
          )}
          <Descriptions.Item label={m.evidence} span={2}>
            {evidenceKindText(finding.detail, m) !== null ? (
              <Space direction="vertical" size={0}>
                <span data-testid="evidence-kind">{evidenceKindText(finding.detail, m)}</span>
                <span>{evidenceItemsText(finding.detail, m)}</span>
              </Space>
            ) : (
              <code>{JSON.stringify(finding.detail.evidence ?? finding.detail, round)}</code>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {DUPLICATE_CODES.has(finding.code) && persons.length > 1 && (
        <Card title={m.compare}>
          <SideBySide persons={persons} m={m} />
        </Card>
      )}
      {!closed && (
        <Card title={m.resolution}>
          <ResolutionForm
            finding={finding}
            persons={persons}
            households={households}
            m={m}
            onDone={() => (message.success(m.done), navigate('/quality'))}
          />
        </Card>
      )}
    </Space>
  );
}
