import type { RegionDto } from '@ipp/shared';
import { Cascader, Tag } from 'antd';
import { type CSSProperties, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n/index.tsx';
import { attachChildren, findPath, loadChildren, type RegionOption, resolveTree } from './regionTree.ts';

export interface RegionPickerProps {
  /** The selected region code. */
  value?: string;
  onChange?: (code: string | undefined, region?: RegionDto) => void;
  /** Also list retired codes (tagged 已撤销). */
  includeRetired?: boolean;
  /** Allow choosing a province or city, not only a leaf (default true). */
  changeOnSelect?: boolean;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
  'data-testid'?: string;
}

function OptionLabel({ option }: { option: RegionOption }) {
  const { t } = useI18n();
  return (
    <span>
      {option.name}
      {option.retired ? (
        <Tag style={{ marginInlineStart: 6 }} data-testid="region-retired-tag">
          {t('common.retired')}
        </Tag>
      ) : null}
    </span>
  );
}

/** Cascader over the four region levels, loading each level from the server on demand. */
export function RegionPicker(props: RegionPickerProps) {
  const { value, onChange, includeRetired = false, changeOnSelect = true, ...rest } = props;
  const { t } = useI18n();
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [codes, setCodes] = useState<string[]>([]);
  const shownCodes = useRef<string[]>([]);
  const treeFor = useRef<boolean | null>(null);
  const shownOptions = useRef<RegionOption[]>([]);
  shownCodes.current = codes;
  shownOptions.current = options;

  useEffect(() => {
    const upToDate = treeFor.current === includeRetired;
    if (upToDate && (value ?? undefined) === shownCodes.current.at(-1)) return;
    if (upToDate && !value) {
      setCodes([]);
      return;
    }
    const known = upToDate && value ? findPath(shownOptions.current, value) : null;
    if (known) {
      setCodes(known);
      return;
    }
    let cancelled = false;
    const load = value
      ? resolveTree(value, includeRetired)
      : loadChildren(undefined, includeRetired).then((roots) => ({ options: roots, codes: [] }));
    load
      .then((tree) => {
        if (cancelled) return;
        treeFor.current = includeRetired;
        setOptions(tree.options);
        setCodes(tree.codes);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [value, includeRetired]);

  const loadData = useCallback(
    (selected: RegionOption[]) => {
      const target = selected.at(-1);
      if (!target || target.children) return;
      loadChildren(target.value, includeRetired)
        .catch(() => [] as RegionOption[])
        .then((children) => setOptions((tree) => attachChildren(tree, target.value, children)));
    },
    [includeRetired],
  );

  const handleChange = (next: string[] | undefined, selected: RegionOption[] | undefined) => {
    const path = next ?? [];
    setCodes(path);
    onChange?.(path.at(-1), selected?.at(-1)?.region);
  };

  return (
    <Cascader<RegionOption>
      {...rest}
      options={options.map(withLabel)}
      value={codes}
      loadData={loadData}
      onChange={handleChange}
      changeOnSelect={changeOnSelect}
      placeholder={rest.placeholder ?? t('regions.placeholder')}
      displayRender={(_labels, selected) => renderSelection(selected ?? [])}
      style={{ minWidth: 240, ...rest.style }}
    />
  );
}

function withLabel(option: RegionOption): RegionOption & { label: ReactNode } {
  return {
    ...option,
    label: <OptionLabel option={option} />,
    children: option.children?.map(withLabel),
  };
}

function renderSelection(selected: RegionOption[]) {
  const last = selected.at(-1);
  return (
    <span>
      {selected.map((option) => option.name).join(' / ')}
      {last?.retired ? <RetiredMark /> : null}
    </span>
  );
}

function RetiredMark() {
  const { t } = useI18n();
  return <Tag style={{ marginInlineStart: 6 }}>{t('common.retired')}</Tag>;
}
