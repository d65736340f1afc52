import { Table, Tag, Typography } from 'antd';
import { CERT_REVIEW, CERTIFICATION_LABELS } from '../review/labels';
import { LabelTag } from '../review/LabelTag';
import type { ManagedProduct } from './api';

type Cert = ManagedProduct['certifications'][number];

/** A product's certificates with their documents, validity and review state. */
export function CertificateTable({ certs }: { certs: Cert[] }) {
  return (
    <Table<Cert>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={certs}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '证书', key: 'type', render: (_, c) => CERTIFICATION_LABELS[c.type] ?? c.label },
        { title: '编号', dataIndex: 'number' },
        { title: '发证机构', dataIndex: 'issuer' },
        {
          title: '有效期',
          key: 'validity',
          render: (_, c) => (
            <>
              {c.validFrom} 至 {c.validTo} {!c.valid && <Tag color="red">不在有效期</Tag>}
            </>
          ),
        },
        { title: '带贫户数', dataIndex: 'linkedHouseholds', render: (n: number | null) => (n == null ? '—' : `${n} 户`) },
        {
          title: '审核',
          key: 'review',
          render: (_, c) => (
            <>
              <LabelTag value={c.review} map={CERT_REVIEW} />
              {c.rejectReason && <Typography.Text type="secondary">{c.rejectReason}</Typography.Text>}
            </>
          ),
        },
        { title: '证书文件', dataIndex: 'documentUrl', render: (u: string) => <a href={u} target="_blank" rel="noreferrer">查看文件</a> },
      ]}
    />
  );
}
