import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useGraphQLMutation } from '../../../api/use-graphql';
import { graphql } from '../../../gql';
import { beijingPickerValue } from '../../../shared/beijing-time';
import { useVocabularyOptions } from '../../../shared/vocabulary';
import { CorrectionModal } from './correction-modal';
import { correctEventInput, EVENT_CORRECTION_LABELS as LABELS, type EventCorrectionValues, type EventRecord } from './correction-input';

const CorrectCampaignEvent = graphql(`
  mutation ConsoleCorrectCampaignEvent($input: CorrectCampaignEventInput!) {
    correctCampaignEvent(input: $input) {
      id
      version
    }
  }
`);

function valuesOf(event: EventRecord): EventCorrectionValues {
  return {
    title: event.title,
    heldAt: beijingPickerValue(event.heldAt),
    format: event.format,
    venueType: event.venueType,
    audienceCount: event.audienceCount,
    place: event.place ?? '',
    summary: event.summary ?? '',
    reason: '',
  };
}

/** 更正活动场次: the event's fields as recorded; only the changed ones are sent, with the version read. */
export function CorrectEventModal({
  event,
  onDone,
  onClose,
  onReload,
}: {
  event: EventRecord;
  onDone(): void;
  onClose(): void;
  onReload(): Promise<unknown>;
}) {
  const [form] = Form.useForm<EventCorrectionValues>();
  const formats = useVocabularyOptions('eventFormat');
  const venueTypes = useVocabularyOptions('venueType');
  const mutation = useGraphQLMutation(CorrectCampaignEvent);
  // After a reload the event arrives in a newer version: show what it holds now, keep the reason typed.
  useEffect(() => {
    form.setFieldsValue({ ...valuesOf(event), reason: form.getFieldValue('reason') as string | undefined });
  }, [event, form]);
  return (
    <CorrectionModal<EventCorrectionValues>
      title={`更正活动场次：${event.title}`}
      form={form}
      initialValues={valuesOf(event)}
      labels={LABELS}
      onSubmit={async (values) => {
        await mutation.mutateAsync({ input: correctEventInput(event, values) });
        onDone();
      }}
      onClose={onClose}
      onReload={onReload}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="title" label={LABELS.title} rules={[{ required: true, message: '请填写活动主题' }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="heldAt" label={LABELS.heldAt} rules={[{ required: true, message: '请选择举办时间' }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="audienceCount" label={LABELS.audienceCount}>
            <InputNumber precision={0} style={{ width: '100%' }} suffix="人次" aria-label={LABELS.audienceCount} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="format" label={LABELS.format}>
            <Select options={formats} aria-label={LABELS.format} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="venueType" label={LABELS.venueType}>
            <Select options={venueTypes} aria-label={LABELS.venueType} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="place" label={LABELS.place}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="summary" label={LABELS.summary}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="reason" label={LABELS.reason} rules={[{ required: true, whitespace: true, message: '请填写更正原因' }]}>
            <Input.TextArea rows={2} maxLength={500} showCount placeholder="更正原因记入审计日志" />
          </Form.Item>
        </Col>
      </Row>
    </CorrectionModal>
  );
}
