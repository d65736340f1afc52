import type { Role } from '@bangfu/api-client';

export type MenuIcon = 'dashboard' | 'pairings' | 'accounts' | 'review' | 'catalog' | 'supplier' | 'agency' | 'procurement';

export interface MenuEntry {
  /** Route path inside the admin (the router adds the /admin basename). */
  path: string;
  label: string;
  icon?: MenuIcon;
  /** Who may open it; omitted means every signed-in user. */
  roles?: readonly Role[];
  children?: MenuEntry[];
}

/** The side menu and the access rules of every admin page, in one place. */
export const MENU: MenuEntry[] = [
  { path: '/', label: '工作台', icon: 'dashboard' },
  { path: '/pairings', label: '结对关系', icon: 'pairings', roles: ['OPERATOR'] },
  {
    path: '/reports',
    label: '数据与监管',
    icon: 'dashboard',
    roles: ['OPERATOR'],
    children: [
      { path: '/reports/dashboard', label: '数据看板' },
      { path: '/reports/results', label: '帮扶成效' },
      { path: '/reports/traceability', label: '追溯覆盖' },
      { path: '/reports/expiring', label: '证书到期预警' },
      // Outside the group's path, so it names its roles itself (see rolesFor).
      { path: '/audit', label: '操作日志', roles: ['OPERATOR'] },
    ],
  },
  {
    path: '/supplier',
    label: '供应商中心',
    icon: 'supplier',
    roles: ['SUPPLIER_STAFF'],
    children: [
      { path: '/supplier/profile', label: '企业资料' },
      { path: '/supplier/bases', label: '生产基地' },
      { path: '/supplier/products', label: '商品管理' },
      { path: '/supplier/batches', label: '批次追溯' },
      { path: '/supplier/procurement-orders', label: '单位采购订单' },
      { path: '/supplier/agreements', label: '定向直供协议' },
    ],
  },
  {
    path: '/agency',
    label: '单位采购',
    icon: 'agency',
    roles: ['AGENCY_MANAGER', 'AGENCY_APPROVER', 'CANTEEN_BUYER'],
    children: [
      { path: '/agency/quota', label: '份额进度' },
      { path: '/agency/approvals', label: '采购审批', roles: ['AGENCY_APPROVER'] },
      { path: '/agency/orders', label: '采购订单' },
      { path: '/agency/declaration', label: '年度填报', roles: ['AGENCY_MANAGER'] },
      { path: '/agency/settings', label: '单位设置', roles: ['AGENCY_MANAGER'] },
      { path: '/agency/agreements', label: '定向直供', roles: ['AGENCY_MANAGER'] },
      { path: '/agency/audit', label: '操作记录', roles: ['AGENCY_MANAGER'] },
    ],
  },
  {
    path: '/review',
    label: '审核中心',
    icon: 'review',
    roles: ['OPERATOR'],
    children: [
      { path: '/review/suppliers', label: '供应商准入' },
      { path: '/review/products', label: '商品审核' },
      { path: '/review/bases', label: '基地审核' },
    ],
  },
  {
    path: '/catalog',
    label: '商品运营',
    icon: 'catalog',
    roles: ['OPERATOR'],
    children: [
      { path: '/catalog/products', label: '商品管理' },
      { path: '/catalog/zones', label: '专区管理' },
    ],
  },
  {
    path: '/procurement-ops',
    label: '采购与份额',
    icon: 'procurement',
    roles: ['OPERATOR'],
    children: [
      { path: '/procurement-ops/quota', label: '份额监测' },
      { path: '/procurement-ops/declarations', label: '填报情况' },
      { path: '/procurement-ops/policies', label: '份额政策' },
      { path: '/procurement-ops/orders', label: '采购订单' },
      { path: '/procurement-ops/agreements', label: '定向直供协议' },
    ],
  },
  {
    path: '/accounts',
    label: '账号管理',
    icon: 'accounts',
    roles: ['OPERATOR'],
    children: [
      { path: '/accounts/agencies', label: '预算单位' },
      { path: '/accounts/suppliers', label: '供应商' },
      { path: '/accounts/users', label: '用户' },
    ],
  },
];

const allowed = (entry: MenuEntry, roles: readonly string[]) =>
  !entry.roles || entry.roles.some((r) => roles.includes(r));

/** The menu a user with these roles sees (children inherit their parent's roles). */
export function menuFor(roles: readonly string[], menu: MenuEntry[] = MENU): MenuEntry[] {
  return menu
    .filter((e) => allowed(e, roles))
    .map((e) => (e.children ? { ...e, children: menuFor(roles, e.children) } : e));
}

/** The roles needed for a path: those of the deepest menu entry that contains it. */
export function rolesFor(pathname: string, menu: MenuEntry[] = MENU): readonly Role[] | undefined {
  for (const e of menu) {
    if (e.path === '/' ? pathname !== '/' : pathname !== e.path && !pathname.startsWith(e.path + '/')) {
      // A group may list a page outside its own path (数据与监管 → /audit); that child carries its roles.
      const outside = e.children ? rolesFor(pathname, e.children) : undefined;
      if (outside) return outside;
      continue;
    }
    const inner = e.children ? rolesFor(pathname, e.children) : undefined;
    return inner ?? e.roles;
  }
  return undefined;
}

export function canAccess(pathname: string, roles: readonly string[]): boolean {
  const needed = rolesFor(pathname);
  return !needed || needed.some((r) => roles.includes(r));
}

/** Menu keys to highlight and open for the current path. */
export function selectedKeys(pathname: string, menu: MenuEntry[] = MENU): { selected: string[]; open: string[] } {
  for (const e of menu) {
    const child = e.children?.find((c) => pathname === c.path || pathname.startsWith(c.path + '/'));
    if (child) return { selected: [child.path], open: [e.path] };
    if (e.path === pathname || (e.path !== '/' && pathname.startsWith(e.path + '/'))) return { selected: [e.path], open: [] };
  }
  return { selected: [], open: [] };
}
