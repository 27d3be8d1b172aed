import type { RegionDto } from '@ipp/shared';
import { regionsApi } from './regionsApi.ts';

/** A Cascader option carrying its region. `children` stays undefined until loaded lazily. */
export interface RegionOption {
  value: string;
  name: string;
  retired: boolean;
  isLeaf: boolean;
  region: RegionDto;
  children?: RegionOption[];
}

export function toOption(region: RegionDto): RegionOption {
  return {
    value: region.code,
    name: region.name,
    retired: region.status === 'retired',
    isLeaf: !region.hasChildren,
    region,
  };
}

/** Returns a new tree in which the option `code` has the given children. */
export function attachChildren(tree: RegionOption[], code: string, children: RegionOption[]): RegionOption[] {
  return tree.map((option) => {
    if (option.value === code) return { ...option, children, isLeaf: children.length === 0 };
    if (!option.children) return option;
    return { ...option, children: attachChildren(option.children, code, children) };
  });
}

/** The codes from a root down to `code`, when that option is already in the tree. */
export function findPath(tree: RegionOption[], code: string): string[] | null {
  for (const option of tree) {
    if (option.value === code) return [code];
    const below = option.children ? findPath(option.children, code) : null;
    if (below) return [option.value, ...below];
  }
  return null;
}

export async function loadChildren(parent: string | undefined, includeRetired: boolean) {
  const { items } = await regionsApi.list(parent, includeRetired);
  return items.map(toOption);
}

export interface ResolvedTree {
  options: RegionOption[];
  codes: string[];
}

/**
 * Builds the options needed to display `code` as the selected value: the roots in the caller's
 * scope, and the children of every ancestor between that root and the region.
 */
export async function resolveTree(code: string, includeRetired: boolean): Promise<ResolvedTree> {
  const [roots, target] = await Promise.all([
    loadChildren(undefined, includeRetired),
    regionsApi.get(code, { silent: true }),
  ]);
  const start = target.path.findIndex((region) => roots.some((root) => root.value === region.code));
  if (start < 0) {
    // Outside the loaded roots (should not happen within scope): show the region on its own.
    return { options: [...roots, { ...toOption(target), isLeaf: true }], codes: [target.code] };
  }
  const chain = target.path.slice(start);
  const ancestors = chain.slice(0, -1);
  const childLists = await Promise.all(ancestors.map((region) => loadChildren(region.code, includeRetired)));
  let options = roots;
  ancestors.forEach((region, index) => {
    const children = childLists[index] ?? [];
    const next = chain[index + 1];
    // A retired region is not listed unless retired codes are requested: keep it visible anyway.
    if (next && !children.some((child) => child.value === next.code)) children.push(toOption(next));
    options = attachChildren(options, region.code, children);
  });
  return { options, codes: chain.map((region) => region.code) };
}
