import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Form, type FormInstance, Space } from 'antd';
import type { ReactNode } from 'react';
import { submitAgainIfOvertaken } from '../forms/validatedValues.ts';
import { useI18n } from '../i18n/index.tsx';

interface FilterBarProps<F> {
  form: FormInstance<F>;
  name: string;
  onSearch: (values: F) => void;
  onReset: () => void;
  children: ReactNode;
}

/** An inline filter form with 查询 / 重置 buttons, used above every list table. */
export function FilterBar<F extends object>({ form, name, onSearch, onReset, children }: FilterBarProps<F>) {
  const { t } = useI18n();
  return (
    <Form<F>
      form={form}
      name={name}
      layout="inline"
      onFinish={onSearch}
      onFinishFailed={submitAgainIfOvertaken(form)}
      style={{ rowGap: 8, marginBottom: 12 }}
      data-testid={`${name}-filters`}
    >
      {children}
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid={`${name}-search`}>
            {t('common.search')}
          </Button>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              form.resetFields();
              onReset();
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
