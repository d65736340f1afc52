import { errorMessage } from '@bangfu/api-client';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Image, Result, Row, Space, Spin, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useSupplyBases } from '../bases/api';
import { AdmissionBanner } from '../profile/AdmissionBanner';
import { useSupplierProfile } from '../profile/api';
import { todayInShanghai } from '../shared/dates';
import { fileUrl } from '../shared/files';
import { CATEGORY, PRODUCT_STATUS, STORAGE } from '../shared/labels';
import { EnumTag } from '../shared/StatusTag';
import { allowedActions } from './actions';
import { useProduct, type ManagedProduct } from './api';
import { CertificationModal } from './CertificationModal';
import { CertificationsTable } from './CertificationsTable';
import { ChangesDiff } from './ChangesDiff';
import { HistoryTimeline } from './HistoryTimeline';
import { ProductActions } from './ProductActions';
import { ShopVisibility } from './ShopVisibility';
import { SkuTable } from './SkuTable';

/** One product: status and reasons, pending changes, SKUs and stock, certificates, history. */
export function ProductDetailPage() {
  const { id = '' } = useParams();
  const product = useProduct(id);
  const profile = useSupplierProfile();
  const [certOpen, setCertOpen] = useState(false);

  if (product.isPending) return <Spin />;
  if (product.isError) return <Result status="error" title="加载失败" subTitle={errorMessage(product.error)} extra={<Link to="/supplier/products">返回商品列表</Link>} />;
  const p = product.data;
  const allowed = allowedActions(p, profile.data?.status, todayInShanghai());

  return (
    <>
      <AdmissionBanner />
      <Card
        title={<Space wrap>{p.name}<EnumTag value={p.status} labels={PRODUCT_STATUS} />{p.hasPendingChanges && allowed.editsNeedReview && <Tag color="processing">修改待审核</Tag>}</Space>}
        extra={<Link to="/supplier/products">返回列表</Link>}
        style={{ marginBottom: 16 }}
      >
        <StatusNotices product={p} blockedReason={allowed.submit ? allowed.blockedReason : null} />
        <Space style={{ marginBottom: 16 }} align="center" wrap>
          <Typography.Text type="secondary">是否在售：</Typography.Text>
          <ShopVisibility product={p} />
        </Space>
        <div style={{ marginBottom: 16 }}><ProductActions product={p} allowed={allowed} /></div>
        <ProductContent product={p} />
      </Card>

      {/* Before the first approval everything is under review at once; the diff matters only afterwards. */}
      {p.changes.length > 0 && allowed.editsNeedReview && (
        <Card title="待审核的修改" style={{ marginBottom: 16 }}
          extra={<Typography.Text type="secondary">审核通过前，商城仍显示现行内容</Typography.Text>}>
          <ChangesDiff changes={p.changes} />
        </Card>
      )}

      <Card title="规格、价格与库存" style={{ marginBottom: 16 }}>
        <SkuTable product={p} allowed={allowed} />
      </Card>

      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card title="资质证书" style={{ marginBottom: 16 }}
            extra={<Button icon={<UploadOutlined />} onClick={() => setCertOpen(true)}>上传证书</Button>}>
            <CertificationsTable certifications={p.certifications} />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title="审核记录"><HistoryTimeline history={p.history} /></Card>
        </Col>
      </Row>
      <CertificationModal product={p} open={certOpen} onClose={() => setCertOpen(false)} />
    </>
  );
}

function StatusNotices({ product: p, blockedReason }: { product: ManagedProduct; blockedReason: string | null }) {
  const hasAssistance = p.certifications.some((c) => c.type === 'ASSISTANCE' && c.review !== 'REJECTED' && c.valid);
  return (
    <>
      {(p.status === 'DRAFT' || p.status === 'REJECTED') && (
        <Steps size="small" style={{ marginBottom: 16 }} current={hasAssistance ? 2 : 1}
          items={[{ title: '填写商品与规格' }, { title: '上传消费帮扶产品认定' }, { title: '提交审核' }, { title: '审核通过后上架' }]} />
      )}
      {p.status === 'SUBMITTED' && <Alert type="info" showIcon style={{ marginBottom: 16 }} title="商品正在审核中，审核结束前不能修改（库存仍可调整）" />}
      {p.rejectReason && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }}
          title={p.status === 'REJECTED' ? `审核未通过：${p.rejectReason}` : `修改未通过审核：${p.rejectReason}`}
          description={p.status === 'REJECTED' ? '请按原因修改后重新提交审核。' : '商城仍显示现行内容；可修改后再次提交。'} />
      )}
      {blockedReason && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`暂不能提交审核：${blockedReason}`} />}
    </>
  );
}

function ProductContent({ product: p }: { product: ManagedProduct }) {
  const bases = useSupplyBases();
  const base = bases.data?.find((b) => b.id === p.supplyBaseId);
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }}>
      <Descriptions.Item label="品类">{CATEGORY[p.category] ?? p.category}</Descriptions.Item>
      <Descriptions.Item label="产地县">{p.county.name}（{p.county.code}）</Descriptions.Item>
      <Descriptions.Item label="生产基地">{p.supplyBaseId ? base?.name ?? p.supplyBaseId : '未指定'}</Descriptions.Item>
      <Descriptions.Item label="储存条件">{STORAGE[p.storage] ?? p.storage}{p.coldChain ? ' · 冷链运输' : ''}</Descriptions.Item>
      <Descriptions.Item label="销售月份" span={2}>{p.saleMonths.length === 12 ? '全年' : p.saleMonths.map((m) => `${m}月`).join('、')}</Descriptions.Item>
      <Descriptions.Item label="商品图片" span={3}>
        {p.images.length ? (
          <Image.PreviewGroup>
            <Space wrap>{p.images.map((id) => <Image key={id} src={fileUrl(id)} width={72} height={72} style={{ objectFit: 'cover' }} alt="" />)}</Space>
          </Image.PreviewGroup>
        ) : '未上传'}
      </Descriptions.Item>
      <Descriptions.Item label="商品介绍" span={3}><Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{p.description}</Typography.Paragraph></Descriptions.Item>
    </Descriptions>
  );
}
