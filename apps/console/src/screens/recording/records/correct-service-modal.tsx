import { Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import { useEffect } from 'react';
import { useGraphQLMutation } from '../../../api/use-graphql';
import { graphql } from '../../../gql';
import { beijingPickerValue } from '../../../shared/beijing-time';
import { CorrectionModal } from './correction-modal';
import {
  correctServiceInput,
  SERVICE_CORRECTION_LABELS as LABELS,
  type ServiceCorrectionValues,
  type ServiceRecordRow,
} from './correction-input';

const CorrectServiceRecord = graphql(`
  mutation ConsoleCorrectServiceRecord($input: CorrectServiceRecordInput!) {
    correctServiceRecord(input: $input) {
      id
      version
    }
  }
`);

function valuesOf(record: ServiceRecordRow): ServiceCorrectionValues {
  return {
    startedAt: beijingPickerValue(record.startedAt),
    endedAt: beijingPickerValue(record.endedAt),
    hours: record.hours,
    description: record.description ?? '',
    reason: '',
  };
}

const DATE_TIME = { showTime: { format: 'HH:mm' }, format: 'YYYY-MM-DD HH:mm', style: { width: '100%' } } as const;

/** 更正服务记录: times, hours and content as recorded; the changed ones are sent with the version read. */
export function CorrectServiceModal({
  record,
  volunteerName,
  onDone,
  onClose,
  onReload,
}: {
  record: ServiceRecordRow;
  volunteerName: string;
  onDone(): void;
  onClose(): void;
  onReload(): Promise<unknown>;
}) {
  const [form] = Form.useForm<ServiceCorrectionValues>();
  const mutation = useGraphQLMutation(CorrectServiceRecord);
  useEffect(() => {
    form.setFieldsValue({ ...valuesOf(record), reason: form.getFieldValue('reason') as string | undefined });
  }, [record, form]);
  return (
    <CorrectionModal<ServiceCorrectionValues>
      title={`更正服务记录：${volunteerName}`}
      form={form}
      initialValues={valuesOf(record)}
      labels={LABELS}
      onSubmit={async (values) => {
        await mutation.mutateAsync({ input: correctServiceInput(record, values) });
        onDone();
      }}
      onClose={onClose}
      onReload={onReload}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="startedAt" label={LABELS.startedAt} rules={[{ required: true, message: '请选择开始时间' }]}>
            <DatePicker {...DATE_TIME} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="endedAt" label={LABELS.endedAt} rules={[{ required: true, message: '请选择结束时间' }]}>
            <DatePicker {...DATE_TIME} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="hours" label={LABELS.hours} extra="不改则按开始、结束时间计算">
            <InputNumber step={0.5} style={{ width: '100%' }} suffix="小时" aria-label={LABELS.hours} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={LABELS.description}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="reason" label={LABELS.reason} rules={[{ required: true, whitespace: true, message: '请填写更正原因' }]}>
            <Input.TextArea rows={2} maxLength={200} showCount placeholder="更正原因记入审计日志" />
          </Form.Item>
        </Col>
      </Row>
    </CorrectionModal>
  );
}
