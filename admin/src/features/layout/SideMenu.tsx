import { BankOutlined } from '@ant-design/icons';
import { FundOutlined } from '@ant-design/icons';
import { ApartmentOutlined, AuditOutlined, DashboardOutlined, HomeOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { menuFor, selectedKeys, type MenuEntry, type MenuIcon } from './menu';

const ICONS: Record<MenuIcon, ReactNode> = {
  dashboard: <DashboardOutlined />,
  pairings: <ApartmentOutlined />,
  accounts: <TeamOutlined />,
  review: <AuditOutlined />,
  catalog: <ShopOutlined />,
  supplier: <HomeOutlined />,
  agency: <BankOutlined />,
  procurement: <FundOutlined />,
};

type Item = Required<MenuProps>['items'][number];

const toItems = (entries: MenuEntry[]): Item[] =>
  entries.map((e) => ({
    key: e.path,
    label: e.label,
    icon: e.icon ? ICONS[e.icon] : undefined,
    children: e.children ? toItems(e.children) : undefined,
  }));

export function SideMenu({ roles }: { roles: readonly string[] }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = useMemo(() => toItems(menuFor(roles)), [roles]);
  const keys = selectedKeys(pathname);
  return (
    <Menu mode="inline" items={items} selectedKeys={keys.selected} defaultOpenKeys={keys.open}
      onClick={({ key }) => navigate(key)} />
  );
}
