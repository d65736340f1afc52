import { roleLabel, useLogout, type Me } from '@bangfu/api-client';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Space } from 'antd';
import { useNavigate } from 'react-router-dom';
import styles from './layout.module.css';

export function UserMenu({ user }: { user: Me }) {
  const logout = useLogout();
  const navigate = useNavigate();
  const items = [
    { key: 'roles', label: user.roles.map(roleLabel).join('、'), disabled: true },
    { type: 'divider' as const },
    { key: 'logout', label: '退出登录', icon: <LogoutOutlined /> },
  ];
  const onClick = ({ key }: { key: string }) => {
    if (key !== 'logout') return;
    logout();
    navigate('/login', { replace: true });
  };
  return (
    <Dropdown menu={{ items, onClick }} placement="bottomRight">
      <Space className={styles.user}>
        <Avatar size="small" icon={<UserOutlined />} />
        <span className={styles.userName}>{user.name}</span>
      </Space>
    </Dropdown>
  );
}
