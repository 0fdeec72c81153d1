// Upload a material (PDF, JPEG, PNG) for an application: the server checks type and size against parameters and
// stores the file with its SHA-256 (POST /api/v1/applications/:id/attachments).
import { useState } from 'react';
import { Alert, Button, Form, List, Select, Typography } from 'antd';
import { MATERIAL_NAMES } from '../../../../src/domain/policy/materials.ts';
import { api } from '../../api/client.ts';
import { errorText } from './errorText.ts';
import { useI18n } from '../../i18n/index.tsx';

export interface Uploaded {
  materialCode: string;
  fileName: string;
  sizeBytes: number;
}

const MATERIAL_OPTIONS = Object.entries(MATERIAL_NAMES).map(([value, label]) => ({ value, label }));

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function MaterialsUpload({
  applicationId,
  onUploaded,
}: {
  applicationId: string;
  onUploaded?: (u: Uploaded) => void;
}) {
  const { t } = useI18n();
  const [code, setCode] = useState<string>('id-card');
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<Uploaded[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload() {
    setError(null);
    if (!file) return setError(t('applications.materials.chooseFile'));
    setBusy(true);
    try {
      const contentBase64 = await base64Of(file);
      const r = await api.post<{ sizeBytes: number }>(`/api/v1/applications/${applicationId}/attachments`, {
        materialCode: code,
        fileName: file.name,
        mediaType: file.type || 'application/octet-stream',
        contentBase64,
      });
      const u = { materialCode: code, fileName: file.name, sizeBytes: r.sizeBytes };
      setDone((d) => [...d, u]);
      onUploaded?.(u);
    } catch (e) {
      setError(
        t('applications.failed', {
          detail: errorText(e),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="materials-title" data-testid="materials-upload">
      <Typography.Title level={3} id="materials-title">
        {t('applications.materials.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('applications.materials.help')}</Typography.Paragraph>
      <Form layout="inline">
        <Form.Item label={t('applications.materials.code')} htmlFor="material-code">
          <Select
            id="material-code"
            value={code}
            onChange={setCode}
            options={MATERIAL_OPTIONS}
            style={{ width: 260 }}
          />
        </Form.Item>
        <Form.Item label={t('applications.materials.file')} htmlFor="material-file">
          <input
            id="material-file"
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Form.Item>
        <Button onClick={() => void upload()} loading={busy}>
          {t('applications.materials.upload')}
        </Button>
      </Form>
      {error && <Alert type="error" role="alert" title={error} style={{ marginTop: 12 }} />}
      <List
        size="small"
        locale={{ emptyText: t('applications.materials.none') }}
        dataSource={done}
        renderItem={(u) => (
          <List.Item>
            {t('applications.materials.uploaded', {
              name: `${MATERIAL_NAMES[u.materialCode] ?? u.materialCode} ${u.fileName}`,
              size: u.sizeBytes,
            })}
          </List.Item>
        )}
      />
    </section>
  );
}
