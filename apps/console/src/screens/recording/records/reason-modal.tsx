import { Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { showApiErrorOnForm } from '../../../shared/forms/api-form-errors';
import { FormFeedback, type FormProblem } from '../../../shared/forms/form-feedback';

export interface ReasonModalProps {
  title: string;
  /** What is being acted on, shown above the reason. */
  subject: ReactNode;
  reasonLabel: string;
  okText: string;
  maxLength: number;
  danger?: boolean;
  onSubmit(reason: string): Promise<unknown>;
  onClose(): void;
  /** Reloads the record after a CONFLICT (someone changed it meanwhile). */
  onReload?(): void;
}

/** Asks why (作废原因, 驳回原因) before an action the API keeps a reason for; its errors show beside the reason. */
export function ReasonModal({ title, subject, reasonLabel, okText, maxLength, danger, onSubmit, onClose, onReload }: ReasonModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const submit = async ({ reason }: { reason: string }) => {
    setPending(true);
    setProblem(null);
    try {
      await onSubmit(reason.trim());
      onClose();
    } catch (error) {
      const { formMessage, staleVersion } = showApiErrorOnForm(form, error, { reason: reasonLabel });
      setProblem({ message: formMessage, staleVersion });
    } finally {
      setPending(false);
    }
  };
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ danger, loading: pending, htmlType: 'submit', form: 'reason-form' }}
      onCancel={onClose}
      destroyOnHidden
    >
      <div style={{ marginBottom: 16 }}>{subject}</div>
      <Form id="reason-form" form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="reason" label={reasonLabel} rules={[{ required: true, whitespace: true, message: `请填写${reasonLabel}` }]}>
          <Input.TextArea rows={3} maxLength={maxLength} showCount />
        </Form.Item>
      </Form>
      <FormFeedback
        problem={problem}
        onReload={
          onReload &&
          (() => {
            onReload();
            onClose();
          })
        }
      />
    </Modal>
  );
}
