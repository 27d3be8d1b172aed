import { CloudUploadOutlined, InboxOutlined } from '@ant-design/icons';
import { type ImportJobDto, RIGHT_TYPES, type RightType } from '@ipp/shared';
import { Alert, Button, Flex, Form, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { problemText } from '../../app/api/problem.ts';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { useRightLabels } from './RightTags.tsx';
import { registryApi } from './registryApi.ts';

/** What the server's readers take: delimited text, XLSX, JSON / JSON Lines and XML (incl. WIPO ST.96). */
const ACCEPT = '.csv,.tsv,.txt,.xlsx,.json,.jsonl,.ndjson,.xml';

/** Choose the file (and optionally the right type and a column mapping), then start the import job. */
export function ImportForm({ onStarted }: { onStarted: (job: ImportJobDto) => void }) {
  const { t } = useI18n();
  const labels = useRightLabels();
  const mappings = useRequest(registryApi.mappings);
  const [file, setFile] = useState<File | null>(null);
  const [type, setType] = useState<RightType | undefined>();
  const [mapping, setMapping] = useState<string | undefined>();
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const mappingOptions = (mappings.data?.items ?? [])
    .filter((m) => !type || !m.type || m.type === type)
    .map((m) => ({
      value: m.name,
      label: (
        <span title={m.description}>
          {m.name}
          {m.description ? <Typography.Text type="secondary"> — {m.description}</Typography.Text> : null}
        </span>
      ),
    }));

  const start = async () => {
    if (!file) return;
    setUploading(true);
    setFailure(null);
    try {
      const job = await registryApi.startImport({ file, type, mapping });
      setFile(null);
      onStarted(job);
    } catch (error) {
      setFailure(problemText(error));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Form layout="vertical" name="importForm" onFinish={() => void start()}>
      <Form.Item label={t('import.type')} extra={t('import.typeHint')}>
        <Select
          allowClear
          value={type}
          onChange={(next: RightType | undefined) => {
            setType(next);
            setMapping(undefined);
          }}
          placeholder={t('import.typeAuto')}
          options={RIGHT_TYPES.map((value) => ({ value, label: labels.type(value) }))}
          data-testid="import-type"
        />
      </Form.Item>
      <Form.Item
        label={t('import.mapping')}
        extra={mappings.error ? t('import.mappingsFailed') : t('import.mappingHint')}
      >
        <Select
          allowClear
          value={mapping}
          onChange={(next: string | undefined) => setMapping(next)}
          loading={mappings.loading}
          placeholder={t('import.mappingAuto')}
          options={mappingOptions}
          data-testid="import-mapping"
        />
      </Form.Item>
      <Form.Item label={t('import.file')} required>
        <div data-testid="import-upload">
          <Upload.Dragger
            accept={ACCEPT}
            maxCount={1}
            fileList={file ? [{ uid: 'selected', name: file.name, size: file.size, status: 'done' }] : []}
            beforeUpload={(selected) => {
              setFile(selected);
              setFailure(null);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('import.dragText')}</p>
            <p className="ant-upload-hint">{t('import.dragHint')}</p>
          </Upload.Dragger>
        </div>
      </Form.Item>
      <Flex vertical gap={8}>
        {failure ? <Alert type="error" showIcon title={failure} data-testid="import-error" /> : null}
        <Button
          type="primary"
          htmlType="submit"
          icon={<CloudUploadOutlined />}
          disabled={!file}
          loading={uploading}
          data-testid="import-submit"
        >
          {t('import.start')}
        </Button>
      </Flex>
    </Form>
  );
}
