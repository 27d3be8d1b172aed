import { DownloadOutlined, SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons';
import type { VerificationDto } from '@ipp/shared';
import { Alert, App, Button, Flex, Input, Table, type TableColumnsType, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { problemText } from '../../app/api/problem.ts';
import { chinaToday, formatDateTime } from '../../app/i18n/format.ts';
import { type Translate, useI18n } from '../../app/i18n/index.tsx';
import {
  BATCH_LIMIT,
  type BatchLineError,
  downloadCsv,
  type ParsedBatch,
  parseBatch,
  readCsvFile,
  toCsv,
} from './batchCsv.ts';
import { RightStatusTag, useRightLabels } from './RightTags.tsx';
import { registryApi } from './registryApi.ts';
import { HolderMatchTag } from './VerifyResult.tsx';

interface BatchRow {
  line: number;
  result: VerificationDto;
}

function errorText(error: BatchLineError, t: Translate): string {
  return t(`verify.batch.error.${error.problem}`, { line: error.line, value: error.value });
}

function useColumns(): TableColumnsType<BatchRow> {
  const { t } = useI18n();
  const labels = useRightLabels();
  return [
    { title: t('verify.batch.line'), dataIndex: 'line', width: 70 },
    {
      title: t('registry.field.type'),
      key: 'type',
      width: 130,
      render: (_, row) => labels.type(row.result.type),
    },
    {
      title: t('registry.field.number'),
      key: 'number',
      width: 190,
      render: (_, row) => (
        <span className="ipp-mono">{row.result.right?.number ?? row.result.query?.number}</span>
      ),
    },
    {
      title: t('registry.field.title'),
      key: 'title',
      ellipsis: true,
      render: (_, row) => row.result.right?.title ?? '—',
    },
    {
      title: t('verify.exists'),
      key: 'exists',
      width: 90,
      render: (_, row) => (
        <Tag color={row.result.exists ? 'green' : 'orange'}>
          {row.result.exists ? t('verify.yes') : t('verify.no')}
        </Tag>
      ),
    },
    {
      title: t('registry.field.status'),
      key: 'status',
      width: 110,
      render: (_, row) => (row.result.right ? <RightStatusTag status={row.result.right.status} /> : '—'),
    },
    {
      title: t('verify.validity'),
      key: 'valid',
      width: 90,
      render: (_, row) =>
        row.result.right ? (
          <Tag color={row.result.right.valid ? 'green' : 'red'}>
            {row.result.right.valid ? t('verify.valid') : t('verify.invalid')}
          </Tag>
        ) : (
          '—'
        ),
    },
    {
      title: t('verify.holderMatch'),
      key: 'match',
      width: 200,
      render: (_, row) => (
        <Flex vertical>
          <span>
            <HolderMatchTag match={row.result.holderMatch} />
          </span>
          {row.result.holderMatch?.matchedHolder ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.result.holderMatch.matchedHolder}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
  ];
}

function useExport(rows: BatchRow[]) {
  const { t, locale } = useI18n();
  const labels = useRightLabels();
  return () => {
    const header = [
      t('verify.batch.line'),
      t('registry.field.type'),
      t('registry.field.number'),
      t('verify.holder'),
      t('verify.asOf'),
      t('verify.exists'),
      t('registry.field.title'),
      t('registry.field.status'),
      t('verify.validity'),
      t('verify.holderMatch'),
      t('verify.matchedHolder'),
      t('verify.currentHolders'),
      t('verify.checkedAt'),
    ];
    const body = rows.map(({ line, result: r }) => [
      line,
      labels.type(r.type),
      r.query?.number,
      r.query?.holder,
      r.query?.asOf,
      r.exists ? t('verify.yes') : t('verify.no'),
      r.right?.title,
      r.right ? labels.status(r.right.status) : '',
      r.right ? (r.right.valid ? t('verify.valid') : t('verify.invalid')) : '',
      r.holderMatch ? t(`verify.match.${r.holderMatch.result}`) : '',
      r.holderMatch?.matchedHolder,
      (r.currentHolders ?? []).map((h) => h.name).join('；'),
      formatDateTime(r.checkedAt, locale),
    ]);
    downloadCsv(`verification-${chinaToday()}.csv`, toCsv([header, ...body]));
  };
}

/** Batch verification for signed-in users: paste or upload lines, verify up to 1000 at once, export. */
export function BatchVerify() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ParsedBatch | null>(null);
  const [rows, setRows] = useState<BatchRow[]>([]);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const columns = useColumns();
  const exportCsv = useExport(rows);

  const run = async () => {
    const batch = parseBatch(text);
    setParsed(batch);
    setFailure(null);
    if (batch.errors.length > 0 || batch.items.length === 0 || batch.items.length > BATCH_LIMIT) return;
    setRunning(true);
    try {
      const { results } = await registryApi.verifyBatch(batch.items);
      setRows(results.map((result, index) => ({ line: batch.lines[index] ?? index + 1, result })));
      message.success(t('verify.batch.done', { count: results.length }));
    } catch (error) {
      setFailure(problemText(error));
    } finally {
      setRunning(false);
    }
  };

  const problems: string[] = [];
  if (parsed && parsed.items.length === 0 && parsed.errors.length === 0)
    problems.push(t('verify.batch.empty'));
  if (parsed && parsed.items.length > BATCH_LIMIT)
    problems.push(t('verify.batch.tooMany', { limit: BATCH_LIMIT }));
  if (parsed) problems.push(...parsed.errors.slice(0, 10).map((error) => errorText(error, t)));
  if (parsed && parsed.errors.length > 10)
    problems.push(t('verify.batch.moreErrors', { count: parsed.errors.length - 10 }));

  return (
    <Flex vertical gap={12} data-testid="verify-batch">
      <Typography.Text type="secondary">{t('verify.batch.hint', { limit: BATCH_LIMIT })}</Typography.Text>
      <Input.TextArea
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={8}
        className="ipp-mono"
        placeholder={t('verify.batch.placeholder')}
        data-testid="verify-batch-input"
      />
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t('verify.batch.invalid')}
          description={problems.map((p) => <div key={p}>{p}</div>)}
        />
      ) : null}
      {failure ? <Alert type="error" showIcon title={failure} data-testid="verify-batch-error" /> : null}
      <Flex gap={8} wrap>
        <Upload
          accept=".csv,.txt,text/csv,text/plain"
          showUploadList={false}
          beforeUpload={(file) => {
            readCsvFile(file)
              .then(setText)
              .catch(() => message.error(t('verify.batch.readFailed')));
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="verify-batch-upload">
            {t('verify.batch.upload')}
          </Button>
        </Upload>
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={running}
          disabled={!text.trim()}
          onClick={() => void run()}
          data-testid="verify-batch-submit"
        >
          {t('verify.batch.submit')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          disabled={rows.length === 0}
          onClick={exportCsv}
          data-testid="verify-batch-export"
        >
          {t('verify.batch.export')}
        </Button>
      </Flex>
      <Table<BatchRow>
        rowKey="line"
        size="small"
        bordered
        loading={running}
        columns={columns}
        dataSource={rows}
        pagination={{
          pageSize: 50,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { total }),
        }}
        scroll={{ x: 1000 }}
        data-testid="verify-batch-results"
      />
    </Flex>
  );
}
