export interface NavItem {
  to: string;
  label: string;
  icon: 'home' | 'grid' | 'cart' | 'user';
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: '首页', icon: 'home' },
  { to: '/categories', label: '分类', icon: 'grid' },
  { to: '/cart', label: '购物车', icon: 'cart' },
  { to: '/me', label: '我的', icon: 'user' },
];
