// The intake wizard: applicant, destination, residence facts, consent; saves the draft and submits it (evaluation).
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Steps, Typography } from 'antd';
import { api, ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { messages } from './messages.ts';

interface Values {
  name: string; idNumber: string; sex: '1' | '2'; birthDate: string; origin: string; rural: boolean;
  destination: string; address: string; tenure: 'owned' | 'rented'; rentalRegistered: boolean; ownerConsent: boolean; consent: boolean;
}

export default function IntakePage() {
  const m = messages(useI18n().language);
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const steps = [[ 'name', 'idNumber', 'sex', 'birthDate', 'origin' ], [ 'destination', 'address', 'tenure' ], [ 'consent' ]];

  async function finish() {
    const v = form.getFieldsValue(true) as Values;
    const body = {
      channel: 'counter', basis: 'residence', consent: Boolean(v.consent),
      applicant: { name: v.name, idNumber: v.idNumber, sex: v.sex, ethnicity: '01', birthDate: v.birthDate, hukou: { divisionCode: v.origin, rural: Boolean(v.rural) }, ruralRights: [] },
      destination: { divisionCode: v.destination, kind: 'central-city', address: v.address },
      residence: v.tenure === 'rented'
        ? { tenure: 'rented', legal: true, actuallyResiding: true, rentalRegistered: Boolean(v.rentalRegistered), ownerConsent: Boolean(v.ownerConsent), otherHouseholdAtAddress: false, sharedOrSublet: false }
        : { tenure: 'owned', legal: true, actuallyResiding: true },
    };
    try {
      const created = await api.post<{ id: string }>('/api/v1/applications', body);
      await api.post(`/api/v1/applications/${created.id}/submit`, {});
      navigate(`/applications/${created.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? `${e.message} ${e.issues.map((i) => `${i.path}: ${i.message}`).join('；')}` : String(e));
    }
  }

  return (
    <Card>
      <Typography.Title level={2}>{m.intake}</Typography.Title>
      <Steps current={step} items={[{ title: m.applicant }, { title: m.destination.split('（')[0] }, { title: m.consent.split('（')[0] }]} />
      <Form form={form} layout="vertical" initialValues={{ sex: '1', tenure: 'rented', destination: '530602001003', rentalRegistered: true, ownerConsent: true }} style={{ marginTop: 24, maxWidth: 560 }}>
        <div hidden={step !== 0}>
          <Form.Item name="name" label={m.name}><Input /></Form.Item>
          <Form.Item name="idNumber" label={m.idNumber}><Input /></Form.Item>
          <Form.Item name="sex" label={m.sex}><Radio.Group options={[{ value: '1', label: m.male }, { value: '2', label: m.female }]} /></Form.Item>
          <Form.Item name="birthDate" label={m.birthDate}><Input placeholder="YYYY-MM-DD" /></Form.Item>
          <Form.Item name="origin" label={m.origin}><Input /></Form.Item>
          <Form.Item name="rural" valuePropName="checked"><Checkbox>{m.rural}</Checkbox></Form.Item>
        </div>
        <div hidden={step !== 1}>
          <Form.Item name="destination" label={m.destination}><Input /></Form.Item>
          <Form.Item name="address" label={m.address}><Input /></Form.Item>
          <Form.Item name="tenure" label={m.tenure}><Radio.Group options={[{ value: 'rented', label: m.rented }, { value: 'owned', label: m.owned }]} /></Form.Item>
          <Form.Item name="rentalRegistered" valuePropName="checked"><Checkbox>{m.rentalRegistered}</Checkbox></Form.Item>
          <Form.Item name="ownerConsent" valuePropName="checked"><Checkbox>{m.ownerConsent}</Checkbox></Form.Item>
        </div>
        <div hidden={step !== 2}>
          <Form.Item name="consent" valuePropName="checked"><Checkbox>{m.consent}</Checkbox></Form.Item>
        </div>
        {error && <Alert type="error" role="alert" message={error} style={{ marginBottom: 16 }} />}
        {step > 0 && <Button onClick={() => setStep(step - 1)} style={{ marginRight: 8 }}>←</Button>}
        {step < steps.length - 1 ? <Button type="primary" onClick={() => setStep(step + 1)}>→</Button> : <Button type="primary" onClick={finish}>{m.save}</Button>}
      </Form>
    </Card>
  );
}
