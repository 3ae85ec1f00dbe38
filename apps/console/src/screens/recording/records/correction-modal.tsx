import { Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { showApiErrorOnForm } from '../../../shared/forms/api-form-errors';
import type { FieldLabels } from '../../../shared/forms/chinese-error-messages';
import { FormFeedback, type FormProblem } from '../../../shared/forms/form-feedback';

export interface CorrectionModalProps<TValues> {
  title: string;
  form: FormInstance<TValues>;
  initialValues: TValues;
  labels: FieldLabels;
  onSubmit(values: TValues): Promise<unknown>;
  onClose(): void;
  /** Reloads the record after a CONFLICT; the modal then shows the fresh values. */
  onReload(): Promise<unknown>;
  children: ReactNode;
}

/** 更正: a record's fields as recorded, changed and sent with a reason; API errors beside their fields. */
export function CorrectionModal<TValues extends object>({
  title,
  form,
  initialValues,
  labels,
  onSubmit,
  onClose,
  onReload,
  children,
}: CorrectionModalProps<TValues>) {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const submit = async (values: TValues) => {
    setPending(true);
    setProblem(null);
    try {
      await onSubmit(values);
      onClose();
    } catch (error) {
      const { formMessage, staleVersion } = showApiErrorOnForm(form, error, labels);
      setProblem({ message: formMessage, staleVersion });
    } finally {
      setPending(false);
    }
  };
  const reload = async () => {
    await onReload();
    setProblem(null);
  };
  return (
    <Modal
      open
      width={720}
      title={title}
      okText="保存更正"
      cancelText="取消"
      okButtonProps={{ loading: pending, htmlType: 'submit', form: 'correction-form' }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<TValues>
        id="correction-form"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
      >
        {children}
      </Form>
      <FormFeedback problem={problem} onReload={() => void reload()} />
    </Modal>
  );
}
