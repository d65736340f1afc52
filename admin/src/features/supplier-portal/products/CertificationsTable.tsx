import { Table, Tag, Typography } from 'antd';
import { CERT_REVIEW } from '../shared/labels';
import { EnumTag } from '../shared/StatusTag';
import type { ManagedProduct, ProductCertification } from './api';

/** A product's certificates with their review status and validity. */
export function CertificationsTable({ certifications }: { certifications: ManagedProduct['certifications'] }) {
  return (
    <Table<ProductCertification>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={certifications}
      locale={{ emptyText: '尚未上传证书' }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '类型', dataIndex: 'label' },
        { title: '编号', dataIndex: 'number' },
        { title: '发证机构', dataIndex: 'issuer' },
        { title: '有效期', key: 'period', render: (_, c) => <>{c.validFrom} 至 {c.validTo} {!c.valid && <Tag color="orange">不在有效期</Tag>}</> },
        { title: '带动户数', dataIndex: 'linkedHouseholds', render: (n: number | null) => (n === null ? '—' : `${n} 户`) },
        {
          title: '审核',
          key: 'review',
          render: (_, c) => (
            <>
              <EnumTag value={c.review} labels={CERT_REVIEW} />
              {c.rejectReason && <Typography.Text type="danger">{c.rejectReason}</Typography.Text>}
            </>
          ),
        },
        { title: '文件', key: 'doc', render: (_, c) => <a href={c.documentUrl} target="_blank" rel="noreferrer">查看</a> },
      ]}
    />
  );
}
