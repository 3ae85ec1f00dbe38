import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useGraphQLMutation } from '../../../api/use-graphql';
import { graphql } from '../../../gql';
import type { ConsoleRecordCampaignEventMutation } from '../../../gql/graphql';
import { showApiErrorOnForm } from '../../../shared/forms/api-form-errors';
import { formatCount, chinaDateTime } from '../../../shared/labels';
import { CampaignSelect } from '../../../shared/pickers/campaign-select';
import { UnitTreeSelect } from '../../../shared/pickers/unit-tree-select';
import { VolunteerSelect } from '../../../shared/pickers/volunteer-select';
import { useVocabularyOptions } from '../../../shared/vocabulary';
import { FormFeedback, type FormProblem } from '../../../shared/forms/form-feedback';
import { EVENT_FIELD_LABELS, recordEventInput, type EventFormValues } from './event-input';

const RecordCampaignEvent = graphql(`
  mutation ConsoleRecordCampaignEvent($input: RecordCampaignEventInput!) {
    recordCampaignEvent(input: $input) {
      id
      title
      heldAt
      host {
        id
        name
      }
      campaign {
        id
        name
        stats {
          eventCount
          audienceTotal
        }
      }
    }
  }
`);

type RecordedEvent = ConsoleRecordCampaignEventMutation['recordCampaignEvent'];

const required = (label: string, verb = '请填写') => [{ required: true, message: `${verb}${label}` }];

export interface RecordEventFormProps {
  /** The recorder's own unit: the host unit to start from, and where volunteers are searched. */
  ownUnitId?: string;
  /** Values to start with, e.g. a campaign chosen elsewhere. */
  initialValues?: EventFormValues;
}

/** 登记活动: one campaign event (活动场次) as station staff or the propaganda department record it. */
export function RecordEventForm({ ownUnitId, initialValues }: RecordEventFormProps) {
  const [form] = Form.useForm<EventFormValues>();
  const formats = useVocabularyOptions('eventFormat');
  const venueTypes = useVocabularyOptions('venueType');
  const mutation = useGraphQLMutation(RecordCampaignEvent);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [recorded, setRecorded] = useState<RecordedEvent | null>(null);

  const submit = async (values: EventFormValues) => {
    setProblem(null);
    try {
      const result = await mutation.mutateAsync({ input: recordEventInput(values) });
      setRecorded(result.recordCampaignEvent);
      form.resetFields(['title', 'heldAt', 'audienceCount', 'place', 'summary', 'volunteerIds']);
    } catch (error) {
      const { formMessage, staleVersion } = showApiErrorOnForm(form, error, EVENT_FIELD_LABELS);
      setProblem({ message: formMessage, staleVersion });
    }
  };

  return (
    <Form<EventFormValues>
      form={form}
      layout="vertical"
      aria-label="登记活动场次"
      initialValues={{ hostId: ownUnitId, audienceCount: 0, ...initialValues }}
      onFinish={(values) => void submit(values)}
      onValuesChange={() => setRecorded(null)}
      style={{ maxWidth: 960 }}
    >
      {recorded && <RecordedNotice event={recorded} />}
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <Form.Item name="campaignId" label={EVENT_FIELD_LABELS.campaignId} rules={required(EVENT_FIELD_LABELS.campaignId, '请选择')}>
            <CampaignSelect onChange={() => undefined} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="hostId" label={EVENT_FIELD_LABELS.hostId} rules={required(EVENT_FIELD_LABELS.hostId, '请选择')}>
            <UnitTreeSelect onChange={() => undefined} placeholder="选择承办单位" allowClear={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="title" label={EVENT_FIELD_LABELS.title} rules={required(EVENT_FIELD_LABELS.title)}>
            <Input placeholder="例如：红军巧渡金沙江（火塘夜话）" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="heldAt"
            label={EVENT_FIELD_LABELS.heldAt}
            rules={required(EVENT_FIELD_LABELS.heldAt, '请选择')}
            extra="北京时间，须在所属活动的期间内"
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} placeholder="选择日期和时间" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="format" label={EVENT_FIELD_LABELS.format} rules={required(EVENT_FIELD_LABELS.format, '请选择')}>
            <Select options={formats} placeholder="宣讲、火塘夜话、坝坝会…" aria-label={EVENT_FIELD_LABELS.format} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="venueType" label={EVENT_FIELD_LABELS.venueType} rules={required(EVENT_FIELD_LABELS.venueType, '请选择')}>
            <Select options={venueTypes} placeholder="进农村、进社区、进学校…" aria-label={EVENT_FIELD_LABELS.venueType} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="audienceCount" label={EVENT_FIELD_LABELS.audienceCount} rules={required(EVENT_FIELD_LABELS.audienceCount)}>
            <InputNumber precision={0} style={{ width: '100%' }} suffix="人次" aria-label={EVENT_FIELD_LABELS.audienceCount} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="place" label={EVENT_FIELD_LABELS.place} extra="承办单位即活动地点时可不填">
            <Input placeholder="例如：村委会坝子、照金纪念馆" maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="volunteerIds" label={EVENT_FIELD_LABELS.volunteerIds}>
            <VolunteerSelect multiple subtreeOf={ownUnitId} aria-label={EVENT_FIELD_LABELS.volunteerIds} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="summary" label={EVENT_FIELD_LABELS.summary}>
            <Input.TextArea rows={3} maxLength={2000} placeholder="活动内容、效果，最多 2000 字" />
          </Form.Item>
        </Col>
      </Row>
      <FormFeedback problem={problem} />
      <Space>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          登记
        </Button>
        <Button htmlType="button" onClick={() => form.resetFields()}>
          清空
        </Button>
      </Space>
    </Form>
  );
}

function RecordedNotice({ event }: { event: RecordedEvent }) {
  const { stats } = event.campaign;
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      title={`已登记：${event.title}（${chinaDateTime(event.heldAt)}，${event.host.name}）`}
      description={
        <span>
          「{event.campaign.name}」现累计 {formatCount(stats.eventCount)} 场、受众 {formatCount(stats.audienceTotal)} 人次。
          <Link to="/recording/records">查看近期记录</Link>
        </span>
      }
    />
  );
}
