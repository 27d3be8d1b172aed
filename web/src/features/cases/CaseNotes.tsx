import type { CaseDetailDto } from '@ipp/shared';
import { App, Button, Empty, Flex, Form, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { casesApi } from './casesApi.ts';

/** Internal working notes: kept with the case and audited, never part of a document. */
export function CaseNotes({ detail, onChanged }: { detail: CaseDetailDto; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [saving, setSaving] = useState(false);
  const notes = [...detail.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const add = async ({ text }: { text: string }) => {
    setSaving(true);
    try {
      await casesApi.addNote(detail.id, text.trim());
      message.success(t('cases.note.added'));
      form.resetFields();
      onChanged();
    } catch {
      // The client already showed the problem.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Form form={form} name="caseNote" onFinish={(values) => void add(values)}>
        <Form.Item
          name="text"
          rules={[{ required: true, whitespace: true, message: t('cases.note.required') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} showCount placeholder={t('cases.note.placeholder')} />
        </Form.Item>
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={saving} data-testid="case-note-submit">
            {t('cases.note.add')}
          </Button>
        </Flex>
      </Form>
      <List
        size="small"
        bordered
        dataSource={notes}
        data-testid="case-notes"
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.note.empty')} />,
        }}
        renderItem={(note) => (
          <List.Item data-testid="case-note">
            <Flex vertical gap={2} style={{ width: '100%' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {note.authorName ?? '—'} · {formatDateTime(note.createdAt, locale)}
              </Typography.Text>
              <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                {note.text}
              </Typography.Paragraph>
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}
