import { SearchOutlined } from '@ant-design/icons';
import { RIGHT_STATUSES, RIGHT_TYPES } from '@ipp/shared';
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { submitAgainIfOvertaken } from '../../app/forms/validatedValues.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { RegionPicker } from '../regions/RegionPicker.tsx';
import { useRightLabels } from './RightTags.tsx';
import type { RightSearchFilters } from './registryApi.ts';

interface SearchFormValues {
  q?: string;
  type?: string;
  status?: string;
  holder?: string;
  classMain?: string;
  regionCode?: string;
  filed?: [Dayjs | null, Dayjs | null] | null;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function toValues(filters: RightSearchFilters): SearchFormValues {
  const day = (value?: string) => (value && dayjs(value).isValid() ? dayjs(value) : null);
  const { q, type, status, holder, classMain, regionCode, filedFrom, filedTo } = filters;
  return {
    q,
    type,
    status,
    holder,
    classMain,
    regionCode,
    filed: filedFrom || filedTo ? [day(filedFrom), day(filedTo)] : null,
  };
}

/** The filters the form owns; the province facet has no field and is kept by the page. */
export type FormFilters = Omit<RightSearchFilters, 'province'>;

function toFilters(values: SearchFormValues): FormFilters {
  const [from, to] = values.filed ?? [null, null];
  return {
    q: text(values.q),
    type: values.type,
    status: values.status,
    holder: text(values.holder),
    classMain: text(values.classMain),
    regionCode: values.regionCode,
    filedFrom: from?.format('YYYY-MM-DD'),
    filedTo: to?.format('YYYY-MM-DD'),
  };
}

interface SearchFormProps {
  filters: RightSearchFilters;
  onSearch: (filters: FormFilters) => void;
  onReset: () => void;
}

/** The search box and the filters; the page URL is the source of truth, the form follows it. */
export function SearchForm({ filters, onSearch, onReset }: SearchFormProps) {
  const { t } = useI18n();
  const labels = useRightLabels();
  const [form] = Form.useForm<SearchFormValues>();
  const key = JSON.stringify(filters);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the filters' content.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(filters));
  }, [form, key]);

  return (
    <Form<SearchFormValues>
      form={form}
      name="rightSearch"
      onFinish={(values) => onSearch(toFilters(values))}
      onFinishFailed={submitAgainIfOvertaken(form)}
      style={{ marginBottom: 12 }}
    >
      <Space.Compact style={{ width: '100%', maxWidth: 720, marginBottom: 8 }}>
        <Form.Item name="q" noStyle>
          <Input
            allowClear
            size="large"
            maxLength={100}
            placeholder={t('registry.search.placeholder')}
            data-testid="registry-search-input"
          />
        </Form.Item>
        <Button
          type="primary"
          size="large"
          htmlType="submit"
          icon={<SearchOutlined />}
          data-testid="registry-search-submit"
        >
          {t('common.search')}
        </Button>
      </Space.Compact>
      <Space wrap size={8}>
        <Form.Item name="type" noStyle>
          <Select
            allowClear
            placeholder={t('registry.field.type')}
            style={{ width: 170 }}
            options={RIGHT_TYPES.map((type) => ({ value: type, label: labels.type(type) }))}
            data-testid="registry-filter-type"
          />
        </Form.Item>
        <Form.Item name="status" noStyle>
          <Select
            allowClear
            placeholder={t('registry.field.status')}
            style={{ width: 130 }}
            options={RIGHT_STATUSES.map((status) => ({ value: status, label: labels.status(status) }))}
            data-testid="registry-filter-status"
          />
        </Form.Item>
        <Form.Item name="holder" noStyle>
          <Input
            allowClear
            maxLength={100}
            placeholder={t('registry.search.holderPlaceholder')}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item name="classMain" noStyle>
          <Input
            allowClear
            maxLength={20}
            placeholder={t('registry.field.classMain')}
            style={{ width: 130 }}
          />
        </Form.Item>
        <Form.Item name="regionCode" noStyle>
          <RegionPicker allowClear placeholder={t('registry.field.region')} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="filed" noStyle>
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            placeholder={[t('registry.field.filedFrom'), t('registry.field.filedTo')]}
            style={{ width: 260 }}
          />
        </Form.Item>
        <Button onClick={onReset} data-testid="registry-search-reset">
          {t('common.reset')}
        </Button>
      </Space>
    </Form>
  );
}
