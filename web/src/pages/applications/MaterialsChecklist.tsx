// The checklist and the uploads in one list, so they cannot disagree: each required material with the files
// received for it (each opens in a new tab), then files received under any other name.
import { List, Space, Tag } from 'antd';
import { MATERIAL_NAMES } from '../../../../src/domain/policy/materials.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Attachment, Detail } from './reviewTypes.ts';
import { MET } from './colors.ts';

function FileLinks({ id, files }: { id: string; files: Attachment[] }) {
  const { t } = useI18n();
  return (
    <Space wrap>
      {files.map((f) => (
        <a
          key={f.id}
          href={`/api/v1/applications/${id}/attachments/${f.id}`}
          target="_blank"
          rel="noreferrer"
        >
          {t('applications.case.open', { name: f.fileName })}
        </a>
      ))}
    </Space>
  );
}

export function MaterialsChecklist({ d }: { d: Detail }) {
  const { t } = useI18n();
  const required = new Set(d.checklist.map((c) => c.code));
  const others = d.attachments.filter((a) => !required.has(a.materialCode));
  const filesOf = (code: string) => d.attachments.filter((a) => a.materialCode === code);
  return (
    <>
      <List
        size="small"
        header={t('applications.case.materials')}
        dataSource={d.checklist}
        renderItem={(c) => (
          <List.Item data-testid={`checklist-${c.code}`}>
            <Space wrap>
              {c.name}
              <Tag color={c.received ? MET : 'default'}>
                {t(c.received ? 'applications.review.received' : 'applications.review.missing')}
              </Tag>
              <FileLinks id={d.id} files={filesOf(c.code)} />
            </Space>
          </List.Item>
        )}
      />
      {others.length > 0 && (
        <List
          size="small"
          header={t('applications.case.otherUploads')}
          dataSource={others}
          renderItem={(a) => (
            <List.Item>
              <Space wrap>
                {MATERIAL_NAMES[a.materialCode] ?? a.materialCode}
                <FileLinks id={d.id} files={[a]} />
              </Space>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
