import { Alert, Button, Col, DatePicker, Form, Input, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useGraphQLMutation } from '../../../api/use-graphql';
import { graphql } from '../../../gql';
import type { ConsoleRecordServiceMutation } from '../../../gql/graphql';
import { showApiErrorOnForm } from '../../../shared/forms/api-form-errors';
import { formatCount } from '../../../shared/labels';
import { VolunteerSelect } from '../../../shared/pickers/volunteer-select';
import { FormFeedback, type FormProblem } from '../../../shared/forms/form-feedback';
import { hoursBetween, recordServiceInput, SERVICE_FIELD_LABELS, type ServiceFormValues } from './service-input';

const RecordService = graphql(`
  mutation ConsoleRecordService($input: RecordServiceInput!) {
    recordService(input: $input) {
      id
      hours
      status
      volunteer {
        id
        name
        totalServiceHours
      }
    }
  }
`);

type RecordedService = ConsoleRecordServiceMutation['recordService'];

const DATE_TIME = { showTime: { format: 'HH:mm' }, format: 'YYYY-MM-DD HH:mm', style: { width: '100%' } } as const;

export interface RecordServiceFormProps {
  /** Volunteers are searched among those registered at this unit or below it. */
  ownUnitId?: string;
  initialValues?: ServiceFormValues;
}

/** 录入服务时长: hours a volunteer served, witnessed by staff (approved at once). */
export function RecordServiceForm({ ownUnitId, initialValues }: RecordServiceFormProps) {
  const [form] = Form.useForm<ServiceFormValues>();
  const mutation = useGraphQLMutation(RecordService);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [recorded, setRecorded] = useState<RecordedService | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const startedAt = Form.useWatch('startedAt', form);
  const endedAt = Form.useWatch('endedAt', form);
  const hours = hoursBetween(startedAt, endedAt);

  const submit = async (values: ServiceFormValues) => {
    setProblem(null);
    try {
      const result = await mutation.mutateAsync({ input: recordServiceInput(values, idempotencyKey) });
      setRecorded(result.recordService);
      setIdempotencyKey(crypto.randomUUID());
      form.resetFields(['startedAt', 'endedAt', 'description']);
    } catch (error) {
      const { formMessage, staleVersion } = showApiErrorOnForm(form, error, SERVICE_FIELD_LABELS);
      setProblem({ message: formMessage, staleVersion });
    }
  };

  return (
    <Form<ServiceFormValues>
      form={form}
      layout="vertical"
      aria-label="录入服务时长"
      initialValues={initialValues}
      onFinish={(values) => void submit(values)}
      onValuesChange={() => {
        setRecorded(null);
        // A changed form is another record: a new key, so it is not taken for a repeat of the last one.
        setIdempotencyKey(crypto.randomUUID());
      }}
      style={{ maxWidth: 960 }}
    >
      {recorded && <RecordedNotice record={recorded} />}
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <Form.Item
            name="volunteerId"
            label={SERVICE_FIELD_LABELS.volunteerId}
            rules={[{ required: true, message: '请选择志愿者' }]}
            extra="输入姓名、拼音或首字母查找本辖区志愿者"
          >
            <VolunteerSelect subtreeOf={ownUnitId} style={{ width: '100%' }} aria-label={SERVICE_FIELD_LABELS.volunteerId} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} />
        <Col xs={24} md={8}>
          <Form.Item name="startedAt" label={SERVICE_FIELD_LABELS.startedAt} rules={[{ required: true, message: '请选择开始时间' }]}>
            <DatePicker {...DATE_TIME} placeholder="北京时间" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="endedAt" label={SERVICE_FIELD_LABELS.endedAt} rules={[{ required: true, message: '请选择结束时间' }]}>
            <DatePicker {...DATE_TIME} placeholder="北京时间" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="服务时长">
            <Typography.Text aria-live="polite">{hours === null ? '—' : `约 ${hours} 小时`}</Typography.Text>
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={SERVICE_FIELD_LABELS.description}>
            <Input.TextArea rows={3} maxLength={500} placeholder="例如：协助开展党史宣讲、入户走访孤寡老人，最多 500 字" />
          </Form.Item>
        </Col>
      </Row>
      <FormFeedback problem={problem} />
      <Space>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          录入
        </Button>
        <Button htmlType="button" onClick={() => form.resetFields()}>
          清空
        </Button>
      </Space>
    </Form>
  );
}

function RecordedNotice({ record }: { record: RecordedService }) {
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      title={`已录入：${record.volunteer.name} 服务 ${record.hours} 小时（工作人员录入，直接计入）`}
      description={
        <span>
          该志愿者累计服务 {formatCount(record.volunteer.totalServiceHours)} 小时。
          <Link to="/recording/records?tab=service">查看近期记录</Link>
        </span>
      }
    />
  );
}
