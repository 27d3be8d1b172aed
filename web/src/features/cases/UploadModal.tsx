import { InboxOutlined } from '@ant-design/icons';
import { Form, Input, Modal, Radio, Upload, type UploadFile } from 'antd';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { casesApi, type FileCategory } from './casesApi.ts';

interface UploadValues {
  category: FileCategory;
  description?: string;
  files: UploadFile[];
}

interface UploadModalProps {
  caseId: string;
  onClose: () => void;
  onSaved: () => void;
}

/** One evidence item or attachment; the server computes its SM3 digest as it stores it. */
export function UploadModal({ caseId, onClose, onSaved }: UploadModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<UploadValues>();
  const upload = ({ category, description, files }: UploadValues) => {
    const file = files[0]?.originFileObj;
    if (!file) throw new Error(t('cases.file.required'));
    return casesApi.upload(caseId, { file, category, description: description?.trim() || undefined });
  };
  const { saving, submit } = useFormSubmit(form, upload, onSaved, t('cases.file.uploaded'));
  return (
    <Modal
      open
      title={t('cases.file.upload')}
      okText={t('cases.file.uploadOk')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      data-testid="upload-modal"
    >
      <Form<UploadValues>
        form={form}
        name="caseUpload"
        layout="vertical"
        initialValues={{ category: 'evidence', files: [] }}
      >
        <Form.Item name="category" label={t('cases.file.category')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'evidence', label: t('cases.file.categories.evidence') },
              { value: 'attachment', label: t('cases.file.categories.attachment') },
            ]}
          />
        </Form.Item>
        <Form.Item name="description" label={t('cases.file.description')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="files"
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
          rules={[{ required: true, type: 'array', min: 1, message: t('cases.file.required') }]}
        >
          {/* Nothing is sent until the form is submitted: beforeUpload keeps the file in the list only. */}
          <Upload.Dragger beforeUpload={() => false} maxCount={1} data-testid="upload-input">
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('cases.file.drag')}</p>
          </Upload.Dragger>
        </Form.Item>
      </Form>
    </Modal>
  );
}
