import { DownloadOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import type { CaseDetailDto, CaseFileDto } from '@ipp/shared';
import { Button, Flex, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { formatSize } from './CaseTags.tsx';
import { casesApi } from './casesApi.ts';
import { UploadModal } from './UploadModal.tsx';

const CATEGORY_COLORS: Record<CaseFileDto['category'], string> = {
  document: 'blue',
  evidence: 'orange',
  attachment: 'default',
};

/** The browser shows these itself; anything else is downloaded. */
export function previewKind(mediaType: string): 'pdf' | 'image' | null {
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType.startsWith('image/')) return 'image';
  return null;
}

function Preview({ file, url, onClose }: { file: CaseFileDto; url: string; onClose: () => void }) {
  const kind = previewKind(file.mediaType);
  return (
    <Modal open title={file.name} footer={null} onCancel={onClose} width={960} data-testid="file-preview">
      {kind === 'pdf' ? (
        <iframe title={file.name} src={url} style={{ width: '100%', height: '70vh', border: 0 }} />
      ) : (
        <img src={url} alt={file.name} style={{ maxWidth: '100%', display: 'block', margin: '0 auto' }} />
      )}
    </Modal>
  );
}

/**
 * Generated documents, evidence and attachments, each with its SM3 digest so a copy handed to a
 * party can be checked against the one in the file.
 */
export function CaseFiles({ detail, onChanged }: { detail: CaseDetailDto; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const [previewing, setPreviewing] = useState<CaseFileDto | null>(null);
  const [uploading, setUploading] = useState(false);
  const url = (file: CaseFileDto) => casesApi.fileUrl(detail.id, file.id);
  // Documents first (the case's own record), then evidence and attachments, oldest first within each.
  const order = { document: 0, evidence: 1, attachment: 2 };
  const files = [...detail.files].sort(
    (a, b) => order[a.category] - order[b.category] || a.createdAt.localeCompare(b.createdAt),
  );

  return (
    <Flex vertical gap={8}>
      {detail.closedAt === null ? (
        <Flex justify="flex-end">
          <Button icon={<UploadOutlined />} onClick={() => setUploading(true)} data-testid="case-upload">
            {t('cases.file.upload')}
          </Button>
        </Flex>
      ) : null}
      <Table<CaseFileDto>
        rowKey="id"
        size="small"
        bordered
        pagination={false}
        dataSource={files}
        scroll={{ x: 1000 }}
        data-testid="case-files"
        onRow={(file) =>
          ({
            'data-testid': 'case-file',
            'data-category': file.category,
            'data-template': file.template ?? '',
          }) as object
        }
        columns={[
          {
            title: t('cases.file.category'),
            dataIndex: 'category',
            width: 90,
            render: (c: CaseFileDto['category']) => (
              <Tag color={CATEGORY_COLORS[c]}>{t(`cases.file.categories.${c}`)}</Tag>
            ),
          },
          {
            title: t('cases.file.name'),
            dataIndex: 'name',
            render: (name: string, file) => (
              <Flex vertical>
                <span data-testid="case-file-name">{name}</span>
                {file.documentNumber ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {file.documentNumber}
                  </Typography.Text>
                ) : null}
                {file.description ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {file.description}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          {
            title: t('cases.file.size'),
            dataIndex: 'size',
            width: 90,
            render: (size: number) => formatSize(size),
          },
          {
            title: 'SM3',
            dataIndex: 'sm3',
            width: 190,
            render: (sm3: string) => (
              <Typography.Text className="ipp-mono" copyable={{ text: sm3 }} data-testid="case-file-sm3">
                {`${sm3.slice(0, 16)}…`}
              </Typography.Text>
            ),
          },
          {
            title: t('cases.file.uploadedBy'),
            dataIndex: 'uploadedByName',
            width: 110,
            render: (n: string | null) => n ?? t('cases.file.system'),
          },
          {
            title: t('cases.file.createdAt'),
            dataIndex: 'createdAt',
            width: 170,
            render: (at: string) => formatDateTime(at, locale),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            fixed: 'right',
            render: (_, file) =>
              previewKind(file.mediaType) ? (
                <Button
                  type="link"
                  size="small"
                  icon={<EyeOutlined />}
                  onClick={() => setPreviewing(file)}
                  data-testid="case-file-preview"
                >
                  {t('cases.file.preview')}
                </Button>
              ) : (
                <Button
                  type="link"
                  size="small"
                  icon={<DownloadOutlined />}
                  href={url(file)}
                  download={file.name}
                >
                  {t('cases.file.download')}
                </Button>
              ),
          },
        ]}
      />
      {previewing ? (
        <Preview file={previewing} url={url(previewing)} onClose={() => setPreviewing(null)} />
      ) : null}
      {uploading ? (
        <UploadModal
          caseId={detail.id}
          onClose={() => setUploading(false)}
          onSaved={() => {
            setUploading(false);
            onChanged();
          }}
        />
      ) : null}
    </Flex>
  );
}
