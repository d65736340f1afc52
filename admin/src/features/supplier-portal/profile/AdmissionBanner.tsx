import { Alert } from 'antd';
import { Link } from 'react-router-dom';
import { useSupplierProfile, type SupplierProfile } from './api';

/** What the admission status means for the supplier, with the reason the operator gave. */
export function admissionNotice(p: Pick<SupplierProfile, 'status' | 'statusReason'>, where: 'profile' | 'catalog') {
  const reason = p.statusReason ? `（原因：${p.statusReason}）` : '';
  switch (p.status) {
    case 'PENDING':
      return {
        type: 'info' as const,
        title: '入驻申请待审核',
        description: '平台审核通过前，可以登记生产基地、创建商品草稿，但不能提交商品审核或上架销售。',
      };
    case 'REJECTED':
      return {
        type: 'error' as const,
        title: `入驻申请已驳回${reason}`,
        description: where === 'profile' ? '请按原因修改企业资料后重新提交审核。' : '请先在「企业资料」中修改并重新提交入驻申请。',
      };
    case 'SUSPENDED':
      return {
        type: 'warning' as const,
        title: `供应商资格已暂停${reason}`,
        description: '暂停期间商品不在商城展示，也不能提交审核或上架。整改完成后请联系平台运营恢复。',
      };
    default:
      return null;
  }
}

/** The banner above the supplier's own pages; nothing once admitted. */
export function AdmissionBanner({ where = 'catalog' }: { where?: 'profile' | 'catalog' }) {
  const profile = useSupplierProfile();
  if (!profile.data) return null;
  const notice = admissionNotice(profile.data, where);
  if (!notice) return null;
  return (
    <Alert showIcon type={notice.type} title={notice.title} style={{ marginBottom: 16 }}
      description={
        <>
          {notice.description}
          {where === 'catalog' && profile.data.status === 'REJECTED' && <> <Link to="/supplier/profile">去修改</Link></>}
        </>
      } />
  );
}
