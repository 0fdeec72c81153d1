// Language picker, on the login page and in the header. Options are autonyms so anyone can find their own.
import { Select } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/index.tsx';
import { LANGUAGES } from '../i18n/languages.ts';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Select
      aria-label={t('lang.label')}
      value={language}
      onChange={setLanguage}
      prefix={<GlobalOutlined aria-hidden />}
      style={{ minWidth: 140 }}
      options={LANGUAGES.map((l) => ({ value: l.code, label: l.autonym }))}
    />
  );
}
