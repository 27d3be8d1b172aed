import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider.tsx';
import { type MessageKey, useI18n } from '../i18n/index.tsx';
import { type FeatureModule, type MenuGroup, visibleModules } from '../registry.tsx';

type MenuItem = Required<MenuProps>['items'][number];

const GROUPS: { group: MenuGroup; label: MessageKey }[] = [
  { group: 'main', label: 'nav.main' },
  { group: 'registry', label: 'nav.registry' },
  { group: 'cases', label: 'nav.cases' },
  { group: 'business', label: 'nav.business' },
  { group: 'system', label: 'nav.system' },
];

/** The module owning a pathname: the longest registered path (or sub-page prefix) that prefixes it ('/' only matches itself). */
export function activeModuleKey(pathname: string, modules: FeatureModule[]): string | undefined {
  const under = (path: string) =>
    path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
  // A sub-page such as /registry/rights/:id belongs to its module through its static prefix.
  const matches = modules.flatMap((m) =>
    [m.path, ...(m.subPages ?? []).map((sub) => sub.path.split('/:')[0] ?? sub.path)]
      .filter(under)
      .map((path) => ({ key: m.key, length: path.length })),
  );
  matches.sort((a, b) => b.length - a.length);
  return matches[0]?.key;
}

export function SideMenu({ collapsed }: { collapsed: boolean }) {
  const { can } = useAuth();
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const modules = visibleModules(can);

  const items = GROUPS.flatMap<MenuItem>(({ group, label }) => {
    const children = modules
      .filter((m) => m.group === group)
      .map((m) => ({ key: m.key, icon: m.icon, label: pick(m.label), 'data-testid': `nav-${m.key}` }));
    if (children.length === 0) return [];
    return collapsed ? children : [{ type: 'group', key: group, label: t(label), children }];
  });

  const selected = activeModuleKey(pathname, modules);
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => {
        const target = modules.find((m) => m.key === key);
        if (target) navigate(target.path);
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
