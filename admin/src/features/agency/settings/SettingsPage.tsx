import { errorMessage } from '@bangfu/api-client';
import { Alert, Card, Space, Table, Tag } from 'antd';
import { useAgency, useAgencyId, useMembers, type Member } from '../api';
import { MEMBER_ROLE_LABELS } from '../shared/labels';
import { ApprovalRuleCard } from './ApprovalRuleCard';
import { CanteensCard } from './CanteensCard';

function MembersCard({ agencyId }: { agencyId?: string }) {
  const members = useMembers(agencyId);
  const agency = useAgency(agencyId);
  const canteenName = (id: string | null) => agency.data?.canteens.find((c) => c.id === id)?.name;
  return (
    <Card title="成员" size="small">
      {members.isError && <Alert type="error" showIcon title={errorMessage(members.error)} style={{ marginBottom: 16 }} />}
      <Table<Member> rowKey="id" size="small" pagination={false} dataSource={members.data ?? []} loading={members.isFetching}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '手机号', dataIndex: 'phone' },
          { title: '角色', dataIndex: 'roles', render: (roles: string[]) => roles.map((r) => <Tag key={r}>{MEMBER_ROLE_LABELS[r] ?? r}</Tag>) },
          { title: '承包方账号', dataIndex: 'contractorOfCanteenId', render: (id: string | null) => (id ? `外包食堂：${canteenName(id) ?? id}` : '') },
          { title: '状态', dataIndex: 'status', render: (s: string) => (s === 'ACTIVE' ? <Tag color="green">正常</Tag> : <Tag>已停用</Tag>) },
        ]} />
    </Card>
  );
}

/** 单位设置: approval rule, canteens (and contractor accounts), members. */
export function SettingsPage() {
  const agencyId = useAgencyId();
  const agency = useAgency(agencyId);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={`单位设置${agency.data ? ` · ${agency.data.name}` : ''}`} size="small">
        {agency.isError && <Alert type="error" showIcon title={errorMessage(agency.error)} />}
        {agency.data?.region && <span>所在地区：{agency.data.region.fullName}（帮扶方：{agency.data.region.helperUnitName}）</span>}
      </Card>
      <ApprovalRuleCard agencyId={agencyId} />
      <CanteensCard agencyId={agencyId} />
      <MembersCard agencyId={agencyId} />
    </Space>
  );
}
