import { roleLabel, useAuth } from '@bangfu/api-client';
import { Alert, Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { menuFor } from '../layout/menu';
import { OperatorHeadlines } from './OperatorHeadlines';

export function DashboardPage() {
  const { user } = useAuth();
  if (!user) return null;
  const organisation = user.agency?.name ?? user.supplier?.name ?? (user.roles.includes('OPERATOR') ? '平台运营中心' : '—');
  const shortcuts = menuFor(user.roles).flatMap((e) => e.children ?? (e.path === '/' ? [] : [e]));

  return (
    <>
      <Typography.Title level={4}>工作台</Typography.Title>
      <Card title="当前登录" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label="姓名">{user.name}</Descriptions.Item>
          <Descriptions.Item label="手机号">{user.phone}</Descriptions.Item>
          <Descriptions.Item label="所属单位">{organisation}</Descriptions.Item>
          <Descriptions.Item label="角色">
            {user.roles.map((r) => <Tag key={r} color="orange">{roleLabel(r)}</Tag>)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {user.roles.includes('OPERATOR') && <OperatorHeadlines />}
      {shortcuts.length > 0 ? (
        <Row gutter={[16, 16]}>
          {shortcuts.map((s) => (
            <Col key={s.path} xs={24} sm={12} lg={6}>
              <Link to={s.path}><Card hoverable size="small">{s.label}</Card></Link>
            </Col>
          ))}
        </Row>
      ) : (
        <Alert type="info" showIcon title="更多功能即将开放"
          description="供应商商品管理、预算单位采购与审批等功能将在后续版本中陆续上线。" />
      )}
    </>
  );
}
